package fr.galien.app.bench;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.GalienSession;
import fr.galien.app.InProcessSandbox;
import fr.galien.app.LocalAccounts;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.eprescription.DraftLine;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.outbox.OutboxDispatcher;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.eprescription.EPrescriptionSimulator;
import fr.galien.sandbox.psc.PscSettings;
import fr.galien.sandbox.psc.PscSimulator;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The counter's e-prescription path (issue 11 measures): what the scanner typed → the identifier → the prescription
 * fetched and checked against the patient ({@link EPrescriptions#fetch}: audited call, real FHIR client, bounded
 * parse, traits compared) → the dispensation recorded ({@link EPrescriptions#dispense}: rules, local row, outbox row,
 * audit, one transaction). Against the e-prescription simulator in-process on 127.0.0.1, in a throw-away demo data
 * directory, under Pro Santé Connect sessions from the PSC simulator (instant approval). Also measured, apart: the
 * same fetch straight through the port (the wire and the simulator's own time), and the outbox sending the
 * dispensation.
 */
public final class ErxBenchmark {

    /** Milliseconds: the counter path, the bare wire fetch, the outbox send; p50/p95/max each. */
    public record Result(int samples, double p50Ms, double p95Ms, double maxMs, double wireP50Ms,
                         double wireP95Ms, double sendP50Ms, double sendP95Ms) {
    }

    static final String DOCTOR = "899900000003";
    static final String PHARMACIST = "899900000001";
    private static final int WARM_UP = 30;
    private static final Product DOLIPRANE = new Product(CodeSystem.CIP13, "3400935955838", "DOLIPRANE 1000 mg");

    private final PrintWriter progress;

    public ErxBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public Result run(Path dataDir, int runs) {
        PscSimulator psc = new PscSimulator(PscSettings.defaults().withApprovalDelay(Duration.ZERO));
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults(),
                     List.of(psc, new EPrescriptionSimulator()))) {
            DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
            GalienSession sessions = new GalienSession(runtime, runtime::pscPort,
                    () -> Optional.<LocalAccounts>empty(), page -> { }, List.of());
            EPrescriptions erx = runtime.ePrescriptions();
            EPrescriptionPort port = runtime.port(EPrescriptionPort.class)
                    .orElseThrow(() -> new IllegalStateException("no e-prescription port"));
            OutboxDispatcher dispatcher = runtime.startModules(new CurrentThreadTaskExecutor()).dispatcher();

            int total = WARM_UP + runs;
            UserSession doctor = sessions.loginWithPsc(DOCTOR, line -> { }).session().orElseThrow();
            Patient patient = runtime.patients().search(doctor.caller(), "ADRUN", 1).get(0);
            List<String> identifiers = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                identifiers.add(erx.prescribe(doctor.caller(), patient.id(), List.of(new DraftLine(DOLIPRANE,
                        Posology.free("1 comprimé 3 fois par jour"), new BigDecimal("2"), "boîte", 5, 0, false,
                        false))).nationalId().orElseThrow());
                if ((i + 1) % 100 == 0) {
                    progress.printf("%d/%d ordonnances prescrites%n", i + 1, total);
                    progress.flush();
                }
            }
            sessions.logout(doctor);

            UserSession pharmacist = sessions.loginWithPsc(PHARMACIST, line -> { }).session().orElseThrow();
            CallIdentity identity = CallIdentity.professional(runtime.pscPort()
                    .flatMap(ProSanteConnectPort::currentAccessToken).orElseThrow());
            List<Double> counter = new ArrayList<>(runs);
            List<Double> wire = new ArrayList<>(runs);
            List<Double> send = new ArrayList<>(runs);
            for (int i = 0; i < total; i++) {
                String scanned = identifiers.get(i);
                long start = System.nanoTime();
                CounterPrescription fetched = erx.fetch(pharmacist.caller(), scanned, patient.id());
                erx.dispense(pharmacist.caller(), fetched, List.of(DispenseLine.of(1, BigDecimal.ONE)));
                double counterMs = (System.nanoTime() - start) / 1_000_000.0;
                long wireStart = System.nanoTime();
                port.fetch(pharmacist.caller(), identity, scanned);
                double wireMs = (System.nanoTime() - wireStart) / 1_000_000.0;
                long sendStart = System.nanoTime();
                dispatcher.dispatchDue();
                double sendMs = (System.nanoTime() - sendStart) / 1_000_000.0;
                if (i >= WARM_UP) {
                    counter.add(counterMs);
                    wire.add(wireMs);
                    send.add(sendMs);
                }
                if ((i + 1) % 100 == 0 || i + 1 == total) {
                    progress.printf("%d/%d délivrances%n", i + 1, total);
                    progress.flush();
                }
            }
            sessions.logout(pharmacist);
            Collections.sort(counter);
            Collections.sort(wire);
            Collections.sort(send);
            return new Result(runs, PscLoginBenchmark.percentile(counter, 50),
                    PscLoginBenchmark.percentile(counter, 95), counter.get(counter.size() - 1),
                    PscLoginBenchmark.percentile(wire, 50), PscLoginBenchmark.percentile(wire, 95),
                    PscLoginBenchmark.percentile(send, 50), PscLoginBenchmark.percentile(send, 95));
        }
    }
}
