package fr.galien.app.bench;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.core.dmp.CdaPdfWrapping;
import fr.galien.core.dmp.DmpBand;
import fr.galien.core.dmp.DmpCalls;
import fr.galien.core.dmp.DmpConsultation;
import fr.galien.core.dmp.DmpSharing;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.outbox.Backoff;
import fr.galien.core.outbox.OutboxDispatcher;
import fr.galien.core.patient.PracticeRepository;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.dmp.DmpMode;
import fr.galien.sandbox.dmp.DmpSimulator;
import fr.galien.sandbox.dmp.StoredDocument;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * DMP measures (issue 12): the outbox drain of N queued submissions — each a PDF of the file wrapped as CDA N1 by
 * the core's builder and queued by « Envoyer au DMP » — through the real FHIR client against the DMP simulator
 * in-process on 127.0.0.1, duplicates counted <b>at the simulator</b> (documents stored per unique id); and the
 * patient file opening with the simulator in its 3-second latency mode: the file (patient, documents) is read at
 * once while the DMP band fills in in the background.
 *
 * <p>The professional's PSC token is an unsigned JWT for the invented doctor {@code 899700000001} (the simulator
 * checks form and expiry, not signatures: ADR 0022); everything else is the app's path.
 */
public final class DmpBenchmark {

    /**
     * @param queueSeconds  time to file and queue the N documents (wrap included)
     * @param drainSeconds  time for the dispatchers to empty the queue
     * @param stored        documents the simulator stored (must equal N)
     * @param duplicates    unique ids stored more than once at the simulator (must be 0)
     * @param alreadyPresent resends answered « déjà présent » (0 without a crash)
     */
    public record DrainResult(int queued, int dispatchers, double queueSeconds, double drainSeconds, long stored,
                              long duplicates, long alreadyPresent, long refused) {
    }

    /**
     * @param fileOpenMs  opening the patient file (identity + documents) while the band's call is in flight
     * @param bandMs      until the DMP band had its answer (TD0.2 + ITI-67, 3 s each in « latence »)
     */
    public record FileOpenResult(double fileOpenMs, double bandMs, String bandState, int newDocuments) {
    }

    private static final String DOCTOR_ID = "899700000001";
    private static final Caller DOCTOR = Caller.pscProfessional(DOCTOR_ID, "Paul INVENTE", Role.MEDECIN, "banc");

    private final PrintWriter progress;

    public DmpBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public DrainResult drain(Path dataDir, int count, int dispatchers) throws Exception {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults())) {
            DemoPractice.ensure(runtime, PracticeProfile.CABINET_MEDICAL);
            runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
            DmpSimulator simulator = sandbox.simulator(DmpSimulator.class).orElseThrow();
            DmpSharing sharing = sharing(runtime);
            Patient adrun = adrun(runtime);
            long storedBefore = simulator.journal().storedCount();

            long start = System.nanoTime();
            // Filed and queued a hundred at a time (one transaction each: each commit is made durable, ADR 0003).
            for (int first = 0; first < count; first += 100) {
                int from = first;
                int to = Math.min(count, first + 100);
                List<java.util.UUID> ids = runtime.database().inTransaction(tx -> {
                    List<java.util.UUID> added = new java.util.ArrayList<>();
                    for (int i = from; i < to; i++) {
                        added.add(runtime.documents().add(tx, DOCTOR, new NewDocument(adrun.id(), null,
                                DocumentType.COMPTE_RENDU_CONSULTATION, "Compte rendu " + (i + 1),
                                DocumentFormats.PDF, Instant.now(), "Paul INVENTE", DocumentOrigin.LOCAL, pdf(i)))
                                .id());
                    }
                    return added;
                });
                sharing.sendAll(DOCTOR, ids);
                if (to % 1000 == 0 || to == count) {
                    progress.printf("%d/%d documents mis en file%n", to, count);
                    progress.flush();
                }
            }
            double queueSeconds = (System.nanoTime() - start) / 1e9;

            OutboxDispatcher dispatcher = new OutboxDispatcher(runtime.database(),
                    Map.of(DmpSharing.SERVICE, sharing.handler()), runtime.clock(),
                    new Backoff(Duration.ofMillis(50), Duration.ofSeconds(1), 0.2));
            ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
            int sent = 0;
            int nextReport = 1000;
            start = System.nanoTime();
            try {
                while (pending(runtime) > 0) {
                    int attempts = dispatcher.dispatchDue(pool);
                    if (attempts == 0) {
                        Thread.sleep(20);
                    }
                    sent += attempts;
                    if (sent >= nextReport) {
                        progress.printf("%d en attente%n", pending(runtime));
                        progress.flush();
                        nextReport += 1000;
                    }
                }
            } finally {
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.MINUTES);
            }
            double drainSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> perUniqueId = simulator.documents().stream()
                    .collect(Collectors.groupingBy(StoredDocument::uniqueId, Collectors.counting()));
            long duplicates = perUniqueId.values().stream().filter(n -> n > 1).count();
            return new DrainResult(count, dispatchers, queueSeconds, drainSeconds,
                    simulator.journal().storedCount() - storedBefore, duplicates,
                    simulator.journal().alreadyPresentCount(), simulator.journal().refusedCount());
        }
    }

    public FileOpenResult fileOpening(Path dataDir) throws Exception {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults())) {
            DemoPractice.ensure(runtime, PracticeProfile.CABINET_MEDICAL);
            runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
            DmpSimulator simulator = sandbox.simulator(DmpSimulator.class).orElseThrow();
            DmpConsultation consultation = new DmpConsultation(runtime.database(), runtime.auditTrail(),
                    runtime.patients(), runtime.documents(), new PracticeRepository(runtime.database()),
                    calls(runtime));
            Patient adrun = adrun(runtime);
            consultation.band(DOCTOR, adrun.id()); // warm-up: class loading, FHIR context, connection
            simulator.modes().setMode(DmpMode.LATENCE);
            ExecutorService background = Executors.newSingleThreadExecutor();
            try {
                long start = System.nanoTime();
                Future<DmpBand> band = background.submit(() -> consultation.band(DOCTOR, adrun.id()));
                runtime.patients().open(DOCTOR, adrun.id());
                runtime.documents().list(DOCTOR, adrun.id());
                double fileOpenMs = (System.nanoTime() - start) / 1e6;
                DmpBand answered = band.get(1, TimeUnit.MINUTES);
                double bandMs = (System.nanoTime() - start) / 1e6;
                return new FileOpenResult(fileOpenMs, bandMs, answered.state().name(), answered.newDocuments());
            } finally {
                simulator.modes().reset();
                background.shutdownNow();
            }
        }
    }

    private static DmpSharing sharing(GalienRuntime runtime) {
        return new DmpSharing(runtime.database(), runtime.auditTrail(), runtime.outbox(), runtime.documents(),
                runtime.patients(), new PracticeRepository(runtime.database()), calls(runtime), new CdaPdfWrapping());
    }

    private static DmpCalls calls(GalienRuntime runtime) {
        Supplier<Optional<AccessToken>> tokens = () -> Optional.of(new AccessToken(
                jwt(DOCTOR_ID, Instant.now().plusSeconds(3600)), Instant.now().plusSeconds(3600), DOCTOR_ID));
        return new DmpCalls(() -> runtime.port(DmpPort.class), tokens, runtime.clock());
    }

    private static Patient adrun(GalienRuntime runtime) {
        return runtime.patients().search(runtime.caller(), "ADRUN", 5).stream()
                .filter(p -> p.birthName().equals("ADRUN")).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo patient ADRUN missing"));
    }

    private static long pending(GalienRuntime runtime) {
        return runtime.database().read(tx -> runtime.outbox().pending(tx));
    }

    /** A small one-page PDF per document (distinct bytes, so distinct documents). */
    private static byte[] pdf(int i) {
        return ("%PDF-1.4\n% Compte rendu de consultation fictif n° " + i + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static String jwt(String nationalId, Instant exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"f:banc\",\"SubjectNameID\":\"" + nationalId + "\",\"exp\":"
                + exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }
}
