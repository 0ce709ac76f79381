package fr.galien.dmp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.demo.DemoIdentities;
import fr.galien.core.dmp.DmpCalls;
import fr.galien.core.dmp.DmpSend;
import fr.galien.core.dmp.DmpSharing;
import fr.galien.core.dmp.PdfWrapping;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentSharing;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.document.SharingChannel;
import fr.galien.core.document.SharingState;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.AuthorizingIdentityService;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.outbox.Backoff;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxAdministration;
import fr.galien.core.outbox.OutboxDispatcher;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.patient.AuthorizingPatientRegistry;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.PracticeRepository;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.TestDatabases;
import fr.galien.dmp.DmpFhirClient;
import fr.galien.dmp.DmpSettings;
import fr.galien.dmp.DmpTestData;
import fr.galien.sandbox.dmp.DmpMode;
import fr.galien.sandbox.dmp.DmpSimulator;
import fr.galien.sandbox.dmp.StoredDocument;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * « Envoyer au DMP » end to end, with the real client and the DMP simulator, the core's outbox and an H2 file
 * database (issue 12, tests): the service down while documents are validated, the database reopened as after a
 * {@code kill -9}, the service back — each document arrives exactly once (counted at the simulator), a refused one is
 * set aside without blocking the others, an unqualified identity never queues anything.
 */
class DmpFeedOutageTest {

    private static final Caller DOCTOR = Caller.pscProfessional(DmpTestData.DOCTOR_ID, "Paul INVENTE", Role.MEDECIN,
            "poste-1");
    private static final Caller OS_USER = Caller.osUser(PracticeProfile.CABINET_MEDICAL, "poste-1");

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();
    private DmpSimulator simulator;
    private DmpFhirClient client;
    private final AtomicReference<Optional<AccessToken>> token = new AtomicReference<>();
    private Wiring app;
    private Map<String, Patient> cast;

    @BeforeEach
    void start() throws Exception {
        simulator = new DmpSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = new DmpFhirClient(DmpSettings.forEndpoint(simulator.fhirUrl()), clock);
        token.set(Optional.of(new AccessToken(DmpTestData.jwt(DmpTestData.DOCTOR_ID, Instant.now().plusSeconds(600)),
                Instant.now().plusSeconds(600), DmpTestData.DOCTOR_ID)));
        app = new Wiring(TestDatabases.h2(dataDir));
        new PracticeRepository(app.database, clock).save(new Practice("Cabinet du Dr Invente",
                PracticeProfile.CABINET_MEDICAL, "123456789", null, PracticeMode.DEMO));
        cast = DemoIdentities.seed(OS_USER, app.patients, app.identities, clock).stream()
                .collect(Collectors.toMap(Patient::birthName, Function.identity()));
    }

    @AfterEach
    void stop() throws Exception {
        app.database.close();
        simulator.stop();
    }

    @Test
    void documentsValidatedDuringAnOutageArriveOnceAfterARestart() {
        Patient adrun = cast.get("ADRUN");
        simulator.modes().setMode(DmpMode.PANNE);
        List<PatientDocument> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PatientDocument document = app.cda(adrun, "2.25.9000" + i + System.nanoTime(), "Consultation " + i);
            app.sharing.send(DOCTOR, document.id());
            sent.add(document);
        }
        assertThat(app.dispatcher().dispatchDue()).isEqualTo(3);
        assertThat(sent).allSatisfy(document -> assertThat(app.dmpState(document)).isEqualTo(SharingState.EN_ATTENTE));
        assertThat(app.sharing.sends(DOCTOR, 10)).extracting(DmpSend::lastError)
                .allSatisfy(reason -> assertThat(reason).contains("DMP-0101"));

        // The first document reached the DMP, but the process died before recording it (kill -9): the row is still
        // pending. Simulated by submitting it directly, as the dead process had.
        simulator.modes().setMode(DmpMode.NORMAL);
        PatientDocument first = sent.get(0);
        client.submit(DOCTOR, DmpTestData.doctorSession(Instant.now()), app.asSubmitted(first));
        long storedBefore = simulator.journal().storedCount();

        app.database.close();
        app = new Wiring(TestDatabases.h2(dataDir));
        drain(app);

        assertThat(simulator.journal().storedCount()).isEqualTo(storedBefore + 2);
        assertThat(simulator.journal().alreadyPresentCount()).isEqualTo(1);
        Map<String, Long> perUniqueId = simulator.documents().stream()
                .collect(Collectors.groupingBy(StoredDocument::uniqueId, Collectors.counting()));
        assertThat(sent).allSatisfy(document -> {
            assertThat(perUniqueId.get(document.uniqueId())).isEqualTo(1L);
            assertThat(app.dmpState(document)).isEqualTo(SharingState.ENVOYE);
        });
        assertThat(app.sharing.sends(DOCTOR, 10)).extracting(DmpSend::status).containsOnly(OutboxStatus.SENT);
    }

    @Test
    void clickingTwiceQueuesOnce() {
        PatientDocument document = app.cda(cast.get("ADRUN"), "2.25.777" + System.nanoTime(), "Deux clics");
        DmpSharing.Queued first = app.sharing.send(DOCTOR, document.id());
        DmpSharing.Queued second = app.sharing.send(DOCTOR, document.id());
        drain(app);
        DmpSharing.Queued third = app.sharing.send(DOCTOR, document.id());

        assertThat(second.outboxId()).isEqualTo(first.outboxId());
        assertThat(third.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(simulator.documents()).filteredOn(d -> d.uniqueId().equals(document.uniqueId())).hasSize(1);
    }

    @Test
    void aRefusedDocumentIsSetAsideWithItsReasonAndDoesNotBlockTheOthers() {
        // PROVISOIRE Matricule is qualified (a NIA) but has no DMP: refused for good (DMP-0109).
        PatientDocument refused = app.cda(cast.get("PROVISOIRE"), "2.25.888" + System.nanoTime(), "Sans DMP");
        PatientDocument accepted = app.cda(cast.get("ADRUN"), "2.25.889" + System.nanoTime(), "Avec DMP");
        app.sharing.send(DOCTOR, refused.id());
        app.sharing.send(DOCTOR, accepted.id());

        drain(app);

        assertThat(app.dmpState(refused)).isEqualTo(SharingState.REFUSE);
        assertThat(app.documents.sharing(refused.id()).get(0).detail()).contains("DMP-0109");
        assertThat(app.dmpState(accepted)).isEqualTo(SharingState.ENVOYE);

        DmpSend row = app.sharing.sends(DOCTOR, 10).stream().filter(s -> s.documentId().equals(refused.id()))
                .findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(OutboxStatus.REJECTED);
        assertThatThrownBy(() -> app.admin().drop(DOCTOR, app.sharing.sends(DOCTOR, 10).stream()
                .filter(s -> s.documentId().equals(accepted.id())).findFirst().orElseThrow().outboxId(), true))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("OUT-0004"));
        app.admin().retry(DOCTOR, row.outboxId());
        assertThat(app.dmpState(refused)).isEqualTo(SharingState.EN_ATTENTE);
        drain(app);
        assertThat(app.dmpState(refused)).isEqualTo(SharingState.REFUSE);
        app.admin().drop(DOCTOR, row.outboxId(), false);
        assertThat(app.dmpState(refused)).isEqualTo(SharingState.A_ENVOYER);
    }

    @Test
    void sendsWaitWhileTheProfessionalsSessionIsMissing() {
        PatientDocument document = app.cda(cast.get("ADRUN"), "2.25.999" + System.nanoTime(), "Sans session");
        app.sharing.send(DOCTOR, document.id());
        token.set(Optional.empty());

        app.dispatcher().dispatchDue();

        assertThat(app.dmpState(document)).isEqualTo(SharingState.EN_ATTENTE);
        assertThat(app.documents.sharing(document.id()).get(0).detail()).contains("DMP-0001");
        token.set(Optional.of(new AccessToken(DmpTestData.jwt(DmpTestData.DOCTOR_ID, Instant.now().plusSeconds(600)),
                Instant.now().plusSeconds(600), DmpTestData.DOCTOR_ID)));
        drain(app);
        assertThat(app.dmpState(document)).isEqualTo(SharingState.ENVOYE);
    }

    @Test
    void anUnqualifiedIdentityQueuesNothing() {
        Patient recovered = cast.get("ECETINSI");
        PatientDocument document = app.cda(recovered, "2.25.111" + System.nanoTime(), "Non qualifiée");

        assertThatThrownBy(() -> app.sharing.send(DOCTOR, document.id()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("INS-0040"));
        assertThat(app.sharing.sends(DOCTOR, 10)).isEmpty();
        assertThat(app.documents.sharing(document.id())).isEmpty();
    }

    private void drain(Wiring wiring) {
        OutboxDispatcher dispatcher = wiring.dispatcher();
        for (int pass = 0; pass < 20 && wiring.pending() > 0; pass++) {
            dispatcher.dispatchDue();
            sleep(Duration.ofMillis(20));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the app's composition root wires, opened on a database (again after a restart). */
    private final class Wiring {
        final Database database;
        final AuditTrail audit;
        final PatientRegistry patients;
        final IdentityService identities;
        final PatientDocuments documents;
        final Outbox outbox;
        final DmpSharing sharing;

        Wiring(Database database) {
            this.database = database;
            this.audit = new JdbcAuditTrail(clock);
            AuditedAuthorization authorization = new AuditedAuthorization(database, audit);
            this.patients = new AuthorizingPatientRegistry(new JdbcPatientRegistry(database, audit, clock),
                    authorization);
            this.identities = new AuthorizingIdentityService(new JdbcIdentityService(database, audit, clock),
                    authorization);
            this.documents = new PatientDocuments(database, audit, clock);
            this.outbox = new Outbox(clock);
            DmpCalls calls = new DmpCalls(() -> Optional.<DmpPort>of(client), token::get, clock);
            this.sharing = new DmpSharing(database, audit, outbox, documents, patients,
                    new PracticeRepository(database, clock), calls, PdfWrapping.UNAVAILABLE);
        }

        OutboxDispatcher dispatcher() {
            return new OutboxDispatcher(database, Map.of(DmpSharing.SERVICE, sharing.handler()), clock,
                    new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), 0));
        }

        OutboxAdministration admin() {
            return new OutboxAdministration(database, audit, outbox,
                    service -> service.equals(DmpSharing.SERVICE) ? Optional.of(sharing.handler()) : Optional.empty());
        }

        long pending() {
            return database.read(tx -> outbox.pending(tx));
        }

        PatientDocument cda(Patient patient, String uniqueId, String title) {
            byte[] cda = DmpTestData.cda(DmpTestData.ins(patient.matricule(), patient.oid(), patient.birthName(),
                    patient.firstNames().get(0), patient.sex(), java.time.LocalDate.of(2000, 1, 1)), uniqueId,
                    "11488-4", title, 1, title);
            return documents.add(DOCTOR, new NewDocument(patient.id(), uniqueId,
                    DocumentType.COMPTE_RENDU_CONSULTATION, title, DocumentFormats.CDA, Instant.now(), "Dr Invente",
                    DocumentOrigin.LOCAL, cda));
        }

        /** The submission the dead process had made for {@code document}: same key, same content. */
        DmpPort.DmpDocument asSubmitted(PatientDocument document) {
            byte[] content = documents.content(DOCTOR, document.id());
            DmpPort.DmpDocument template = DmpTestData.document(DmpTestData.ADRUN, document.uniqueId(), "11488-4",
                    document.title(), "10", 1, null, document.title());
            return new DmpPort.DmpDocument(UUID.nameUUIDFromBytes(("dmp:" + document.uniqueId())
                    .getBytes(StandardCharsets.UTF_8)), template.ins(), document.uniqueId(), "10", "11488-4",
                    template.typeSystem(), template.typeDisplay(), template.formatCode(), document.title(),
                    template.creation(), template.serviceStart(), template.author(), template.organisation(), "N",
                    null, content);
        }

        SharingState dmpState(PatientDocument document) {
            return documents.sharing(document.id()).stream().filter(s -> s.channel() == SharingChannel.DMP)
                    .map(DocumentSharing::state).findFirst().orElse(null);
        }
    }
}
