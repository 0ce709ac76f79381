package fr.galien.eprescription;

import static fr.galien.eprescription.ErxFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.domain.Patient;
import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.eprescription.DraftLine;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.LocalDispensation;
import fr.galien.core.eprescription.LocalPrescription;
import fr.galien.core.eprescription.LocalState;
import fr.galien.core.eprescription.PaperReason;
import fr.galien.core.eprescription.PatientCheck;
import fr.galien.core.eprescription.SubstitutionRule;
import fr.galien.core.error.SegurException;
import fr.galien.core.outbox.Backoff;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxDispatcher;
import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestIdentities;
import fr.galien.sandbox.eprescription.EPrescriptionSimulator;
import fr.galien.sandbox.eprescription.ErxMode;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core rules ({@link EPrescriptions}) over the real client and the real simulator, with the real outbox and its
 * dispatcher on an H2 database in a folder: prescribe, fetch at the counter, dispense through the outbox, the
 * service down then back — delivered exactly once, also when the process died between sending and recording.
 */
class EPrescriptionsAgainstSimulatorTest {

    private static EPrescriptionSimulator simulator;
    private static FhirEPrescriptionClient client;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final FakePsc psc = new FakePsc();
    private MigratedTestDatabase database;
    private RecordingAuditTrail audit;
    private JdbcPatientRegistry registry;
    private EPrescriptions service;
    private OutboxDispatcher dispatcher;
    private Patient adrun;

    @BeforeAll
    static void start() throws Exception {
        simulator = new EPrescriptionSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = client(simulator.fhirBase());
    }

    @AfterAll
    static void stop() throws Exception {
        simulator.stop();
    }

    @BeforeEach
    void open() {
        simulator.modes().reset();
        database = MigratedTestDatabase.inDirectory(dataDir);
        wire();
        adrun = TestIdentities.qualified(registry, new JdbcIdentityService(database, audit, clock), DOCTOR_CALLER,
                TestIdentities.adrun());
    }

    /** The objects one process builds over the database (again after a "restart"). */
    private void wire() {
        audit = new RecordingAuditTrail();
        registry = new JdbcPatientRegistry(database, audit, clock);
        service = new EPrescriptions(database, audit, new Outbox(clock), registry, () -> Optional.of(client),
                () -> Optional.of(psc), SubstitutionRule.UNKNOWN, clock);
        dispatcher = new OutboxDispatcher(database, Map.of(EPrescriptions.SERVICE,
                new ErxOutboxHandler(() -> client, psc::currentAccessToken)), clock, Backoff.DEFAULT);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private static Consumer<Throwable> hasCode(String code) {
        return e -> assertThat(((SegurException) e).code()).as(e.getMessage()).isEqualTo(code);
    }

    private static DraftLine draft(EPrescriptionPort.Product product, String quantity, int renewals,
                                   boolean nonSubstitutable) {
        return new DraftLine(product, Posology.free("1 comprimé matin et soir"), new BigDecimal(quantity), "boîte", 7,
                renewals, nonSubstitutable, false);
    }

    private LocalPrescription prescribe(DraftLine... lines) {
        psc.as(DOCTOR);
        return service.prescribe(DOCTOR_CALLER, adrun.id(), List.of(lines));
    }

    private CounterPrescription atTheCounter(String id) {
        psc.as(PHARMACIST);
        return service.fetch(PHARMACIST_CALLER, id, adrun.id());
    }

    @Test
    void aQualifiedPatientGetsARegisteredPrescriptionKeptWithTheExactBundle() {
        LocalPrescription rx = prescribe(draft(DOLIPRANE, "2", 0, false));

        assertThat(rx.state()).isEqualTo(LocalState.ENVOYEE);
        assertThat(rx.nationalId()).get().asString().matches("[0-9A-Z]{18}");
        assertThat(service.exportedDocument(DOCTOR_CALLER, rx.nationalId().get())).isEqualTo(rx.payload())
                .contains("fr-medicationrequest").contains(adrun.matricule());
        assertThat(audit.events()).extracting(AuditEvent::action).contains(AuditAction.EPRESCRIPTION_CALL,
                AuditAction.EXPORT);
        assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.EPRESCRIPTION_CALL)
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("DOLIPRANE").doesNotContain("ADRUN"));
    }

    @Test
    void anUnqualifiedPatientIsRefusedAnEPrescriptionButMayHaveAPaperOne() {
        Patient provisional = registry.create(DOCTOR_CALLER, TestIdentities.draftOf(TestIdentities.corse()));
        psc.as(DOCTOR);

        assertThatThrownBy(() -> service.prescribe(DOCTOR_CALLER, provisional.id(),
                List.of(draft(DOLIPRANE, "1", 0, false)))).satisfies(hasCode("ERX-0001"));
        LocalPrescription paper = service.prescribeOnPaper(DOCTOR_CALLER, provisional.id(),
                List.of(draft(DOLIPRANE, "1", 0, false)), PaperReason.IDENTITE_NON_QUALIFIEE);
        prescribe(draft(DOLIPRANE, "1", 0, false));

        assertThat(paper.state()).isEqualTo(LocalState.PAPIER);
        assertThat(service.countsByChannel()).containsExactly(1, 1);
        assertThatThrownBy(() -> service.exportedDocument(DOCTOR_CALLER, paper.id().toString()))
                .satisfies(hasCode("ERX-0016"));
    }

    @Test
    void withoutAProSanteConnectSessionNothingGoesOut() {
        psc.logout();
        assertThatThrownBy(() -> service.prescribe(DOCTOR_CALLER, adrun.id(), List.of(draft(DOLIPRANE, "1", 0,
                false)))).satisfies(hasCode("ERX-0010"));
    }

    @Test
    void partialThenCompleteDispensationThroughTheOutbox() {
        String id = prescribe(draft(DOLIPRANE, "3", 0, false)).nationalId().orElseThrow();

        CounterPrescription counter = atTheCounter(id);
        assertThat(counter.check()).isEqualTo(PatientCheck.SAME_INS);
        assertThat(counter.remaining(1)).isEqualByComparingTo("3");
        LocalDispensation first = service.dispense(PHARMACIST_CALLER, counter, List.of(DispenseLine.of(1,
                BigDecimal.ONE)));
        assertThat(first.state()).isEqualTo(LocalState.A_ENVOYER);
        assertThat(first.lines().get(0).completeness()).isEqualTo(EPrescriptionPort.Completeness.PARTIAL);

        // Saved but not yet sent: it already counts against what remains at this counter.
        CounterPrescription again = atTheCounter(id);
        assertThat(again.remaining(1)).isEqualByComparingTo("2");
        assertThatThrownBy(() -> service.dispense(PHARMACIST_CALLER, again, List.of(DispenseLine.of(1,
                new BigDecimal("3"))))).satisfies(hasCode("ERX-0005"));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(service.dispensation(first.id()).orElseThrow().state()).isEqualTo(LocalState.ENVOYEE);
        CounterPrescription afterFirst = atTheCounter(id);
        assertThat(afterFirst.prescription().dispensations()).hasSize(1);
        assertThat(afterFirst.remaining(1)).isEqualByComparingTo("2");

        LocalDispensation rest = service.dispense(PHARMACIST_CALLER, afterFirst, List.of(DispenseLine.of(1,
                new BigDecimal("2"))));
        dispatcher.dispatchDue();
        assertThat(service.dispensation(rest.id()).orElseThrow().state()).isEqualTo(LocalState.ENVOYEE);
        CounterPrescription done = atTheCounter(id);
        assertThat(done.prescription().status()).isEqualTo(EPrescriptionPort.Status.COMPLETED);
        assertThatThrownBy(() -> service.dispense(PHARMACIST_CALLER, done, List.of(DispenseLine.of(1,
                BigDecimal.ONE)))).satisfies(hasCode("ERX-0007"));
    }

    @Test
    void aPrescriptionForSomeoneElseIsRefusedAtTheCounter() {
        String id = prescribe(draft(DOLIPRANE, "1", 0, false)).nationalId().orElseThrow();
        Patient other = TestIdentities.qualified(registry, new JdbcIdentityService(database, audit, clock),
                DOCTOR_CALLER, TestIdentities.corse());
        psc.as(PHARMACIST);

        CounterPrescription counter = service.fetch(PHARMACIST_CALLER, id, other.id());

        assertThat(counter.check()).isEqualTo(PatientCheck.OTHER_PATIENT);
        assertThat(counter.comparison()).get().satisfies(c -> assertThat(c.allEqual()).isFalse());
        assertThatThrownBy(() -> service.dispense(PHARMACIST_CALLER, counter, List.of(DispenseLine.of(1,
                BigDecimal.ONE)))).satisfies(hasCode("ERX-0003"));
    }

    @Test
    void aScanThatIsNotAnIdentifierIsSaidSo() {
        psc.as(PHARMACIST);
        assertThatThrownBy(() -> service.fetch(PHARMACIST_CALLER, "]d2010340093595583817", adrun.id()))
                .satisfies(hasCode("ERX-0002"));
    }

    @Test
    void aNonSubstitutableLineCannotBeReplacedByAGeneric() {
        String id = prescribe(draft(DOLIPRANE, "1", 0, true)).nationalId().orElseThrow();
        CounterPrescription counter = atTheCounter(id);

        assertThatThrownBy(() -> service.dispense(PHARMACIST_CALLER, counter, List.of(new DispenseLine(1,
                BigDecimal.ONE, GENERIC_CIP13, null, null)))).satisfies(hasCode("ERX-0015"));
    }

    @Test
    void aCancelledPrescriptionCannotBeDispensed() {
        LocalPrescription rx = prescribe(draft(DOLIPRANE, "1", 0, false));
        psc.as(DOCTOR);

        LocalPrescription cancelled = service.cancel(DOCTOR_CALLER, rx.nationalId().orElseThrow());

        assertThat(cancelled.state()).isEqualTo(LocalState.ANNULEE);
        CounterPrescription counter = atTheCounter(rx.nationalId().orElseThrow());
        assertThatThrownBy(() -> service.dispense(PHARMACIST_CALLER, counter, List.of(DispenseLine.of(1,
                BigDecimal.ONE)))).satisfies(hasCode("ERX-0006"));
    }

    @Test
    void aPrescriptionMadeWhileTheServiceIsDownIsRegisteredByTheDispatcher() {
        simulator.modes().setMode(ErxMode.PANNE);
        LocalPrescription queued = prescribe(draft(DOLIPRANE, "1", 0, false));
        assertThat(queued.state()).isEqualTo(LocalState.A_ENVOYER);
        assertThat(queued.nationalId()).isEmpty();
        assertThat(service.pending(DOCTOR_CALLER).prescriptions()).hasSize(1);

        simulator.modes().setMode(ErxMode.NORMAL);
        dispatcher.dispatchDue();

        LocalPrescription sent = service.find(DOCTOR_CALLER, queued.id().toString()).orElseThrow();
        assertThat(sent.state()).isEqualTo(LocalState.ENVOYEE);
        assertThat(sent.nationalId()).get().asString().matches("[0-9A-Z]{18}");
        assertThat(service.pending(DOCTOR_CALLER).prescriptions()).isEmpty();
    }

    @Test
    void serviceDownThenBackAcrossARestartDeliversExactlyOnce() throws Exception {
        String id = prescribe(draft(DOLIPRANE, "2", 0, false)).nationalId().orElseThrow();
        CounterPrescription counter = atTheCounter(id);

        simulator.modes().setMode(ErxMode.PANNE);
        LocalDispensation saved = service.dispense(PHARMACIST_CALLER, counter, List.of(DispenseLine.of(1,
                BigDecimal.ONE)));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(service.dispensation(saved.id()).orElseThrow().state()).isEqualTo(LocalState.A_ENVOYER);

        // The service is back; this process sends the row and dies before recording the outcome (kill -9).
        simulator.modes().setMode(ErxMode.NORMAL);
        OutboxEntry row = database.inTransaction(tx -> new Outbox(clock).list(tx, OutboxStatus.PENDING, 10))
                .stream().filter(e -> e.operation().equals(EPrescriptions.OP_DISPENSE)).findFirst().orElseThrow();
        new ErxOutboxHandler(() -> client, psc::currentAccessToken).send(row);

        // A new process on the same files: the row is still pending, the dispatcher sends it again.
        database = database.restarted();
        wire();
        clock.advance(Duration.ofMinutes(20));
        assertThat(service.pending(PHARMACIST_CALLER).dispensations()).extracting(LocalDispensation::id)
                .containsExactly(saved.id());
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(service.dispensation(saved.id()).orElseThrow().state()).isEqualTo(LocalState.ENVOYEE);
        assertThat(service.pending(PHARMACIST_CALLER).dispensations()).isEmpty();
        CounterPrescription after = atTheCounter(id);
        assertThat(after.prescription().dispensations()).as("exactly once at the service").hasSize(1);
        assertThat(after.remaining(1)).isEqualByComparingTo("1");
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatchDue()).as("never sent again once acknowledged").isZero();
    }

    @Test
    void aDispensationAnotherCounterOvertookIsRejectedWithItsReason() {
        String id = prescribe(draft(DOLIPRANE, "1", 0, false)).nationalId().orElseThrow();
        CounterPrescription mine = atTheCounter(id);
        // Another pharmacy dispenses the line first, straight at the service.
        client.record(PHARMACIST_CALLER, as(PHARMACIST), dispensation(id, given(1, "1",
                EPrescriptionPort.Completeness.COMPLETE)));

        LocalDispensation late = service.dispense(PHARMACIST_CALLER, mine, List.of(DispenseLine.of(1,
                BigDecimal.ONE)));
        dispatcher.dispatchDue();

        LocalDispensation refused = service.dispensation(late.id()).orElseThrow();
        assertThat(refused.state()).isEqualTo(LocalState.REFUSEE);
        assertThat(refused.detail()).contains("ERX-0117");
    }

    /** The PSC port as the app has it: one professional's session at a time. */
    private static final class FakePsc implements ProSanteConnectPort {
        private volatile String nationalId;

        void as(String who) {
            nationalId = who;
        }

        @Override
        public PscSession authenticateWithCiba(String id, Progress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PscSession authenticateWithBrowser(BrowserOpener browser, Progress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PscSession> currentSession() {
            String who = nationalId;
            return who == null ? Optional.empty() : Optional.of(new PscSession(new Professional(who, "TEST", "Prénom",
                    List.of(new Exercise("10", "Médecin", "", "", "SA07", "STRUCT1", "Cabinet de test", ""))),
                    Optional.empty(), Instant.now().plusSeconds(3600), "eidas1", SessionState.ACTIVE));
        }

        @Override
        public Optional<AccessToken> currentAccessToken() {
            String who = nationalId;
            return who == null ? Optional.empty() : Optional.of(token(who, Instant.now().plusSeconds(3600)));
        }

        @Override
        public PscSession chooseExercise(Exercise exercise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void logout() {
            nationalId = null;
        }
    }
}
