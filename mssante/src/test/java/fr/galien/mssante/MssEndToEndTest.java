package fr.galien.mssante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.demo.DemoIdentities;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.AuthorizingIdentityService;
import fr.galien.core.mssante.Draft;
import fr.galien.core.mssante.MailFiling;
import fr.galien.core.mssante.MimeReader;
import fr.galien.core.mssante.MssAddresses;
import fr.galien.core.mssante.ReceivedMail;
import fr.galien.core.mssante.SecureMail;
import fr.galien.core.outbox.Backoff;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxDispatcher;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.patient.AuthorizingPatientRegistry;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.core.testsupport.TestDatabases;
import fr.galien.sandbox.insi.TestIdentities;
import fr.galien.sandbox.mssante.Correspondent;
import fr.galien.sandbox.mssante.MssModes;
import fr.galien.sandbox.mssante.MssSimulator;
import fr.galien.sandbox.psc.TestProfessionals;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path against the operator simulator, with the demo's identities in a real database: compose in the core,
 * outbox, the connector's handler, the simulated operator; and back: the correspondent's XDM filed to the right
 * patient or left in the worklist.
 */
class MssEndToEndTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private MssSimulator simulator;
    private Database database;
    private PatientRegistry registry;
    private SecureMail secureMail;
    private MailFiling filing;
    private PatientDocuments documents;
    private OutboxDispatcher dispatcher;
    private MssantePort port;
    private Map<String, Patient> cast;
    private String doctor;
    private Caller caller;

    @BeforeEach
    void setUp() throws Exception {
        simulator = new MssSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        String nationalId = TestProfessionals.MEDECIN_GENERALISTE.nationalId();
        doctor = simulator.mailboxOf(nationalId).orElseThrow();
        caller = Caller.pscProfessional(nationalId, "Dr Sophie GENERALISTETEST", Role.MEDECIN, "poste-1");
        database = TestDatabases.h2(dataDir);
        JdbcAuditTrail audit = new JdbcAuditTrail(clock);
        AuditedAuthorization authorization = new AuditedAuthorization(database, audit);
        registry = new AuthorizingPatientRegistry(new JdbcPatientRegistry(database, audit, clock), authorization);
        AuthorizingIdentityService identities = new AuthorizingIdentityService(
                new JdbcIdentityService(database, audit, clock), authorization);
        cast = DemoIdentities.seed(Caller.osUser(PracticeProfile.CABINET_MEDICAL, "poste-1"), registry, identities,
                clock).stream().collect(Collectors.toMap(p -> p.birthName() + " " + p.firstFirstName(),
                Function.identity(), (a, b) -> a));
        documents = new PatientDocuments(database, audit, clock);
        secureMail = new SecureMail(database, audit, registry, new Outbox(clock), MssAddresses.mssanteOnly(),
                "GALIEN-TEST", clock);
        filing = new MailFiling(database, audit, registry, documents, clock);
        port = MssClients.client(simulator.settingsOverrides(), () -> Optional.of(token(nationalId)),
                Clock.systemUTC());
        dispatcher = new OutboxDispatcher(database, Map.of(SecureMail.SERVICE,
                new MssOutboxHandler(database, () -> port, clock)), clock, Backoff.DEFAULT);
    }

    @AfterEach
    void tearDown() throws Exception {
        simulator.stop();
        database.close();
    }

    static AccessToken token(String nationalId) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("f:" + nationalId).claim("SubjectNameID", nationalId)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        return new AccessToken(new PlainJWT(claims).serialize(), Instant.now().plusSeconds(600), nationalId);
    }

    private Patient patient(String name) {
        return cast.get(name);
    }

    @Test
    void aDoctorWritesToAQualifiedPatientWhoseMonEspaceSanteReceivesItOnce() {
        Patient adrun = patient("ADRUN ZOE");
        Draft draft = new Draft(doctor, "Dr Sophie GENERALISTETEST", List.of(), Optional.of(adrun.id()), true,
                "Vos résultats", "Bonjour Madame, vos résultats sont normaux.", List.of(), List.of(), true, true,
                null);

        SecureMail.Queued queued = secureMail.compose(caller, draft, List.of(doctor));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        String address = TestIdentities.ADRUN_ZOE.matricule15() + "@patient.mssante.fr";
        assertThat(queued.recipients()).containsExactly(address.toLowerCase());
        List<byte[]> inbox = simulator.inbox(address);
        assertThat(inbox).hasSize(1);
        ReceivedMail received = MimeReader.read(inbox.get(0));
        assertThat(received.messageId()).isEqualTo(queued.messageId());
        assertThat(received.headers()).containsEntry("X-MSS-NIL", "GALIEN-TEST").containsEntry("X-MSS-MES", "FIN")
                .containsKey("Disposition-Notification-To");
        assertThat(secureMail.find(queued.messageId())).hasValueSatisfying(sent ->
                assertThat(sent.delivery()).isEqualTo("sent"));
    }

    @Test
    void aPatientWhoseIdentityIsNotQualifiedIsRefusedBeforeAnythingLeaves() {
        Patient houilles = patient("HOUILLES PIERRE");
        Draft draft = new Draft(doctor, null, List.of(), Optional.of(houilles.id()), true, "Bonjour", "Texte",
                List.of(), List.of(), false, false, null);

        SegurException refused = catchThrowableOfType(SegurException.class,
                () -> secureMail.compose(caller, draft, List.of(doctor)));

        assertThat(refused.code()).isEqualTo("MSS-0003");
        assertThat(refused.getMessage()).contains("qualifi");
    }

    @Test
    void aRecipientOutsideMssanteIsRefusedByTheCoreWithTheReason() {
        SegurException refused = catchThrowableOfType(SegurException.class, () -> secureMail.compose(caller,
                Draft.simple(doctor, List.of("docteur@gmail.com"), "Objet", "Texte"), List.of(doctor)));

        assertThat(refused.code()).isEqualTo("MSS-0002");
        assertThat(refused.getMessage()).contains("gmail.com");
    }

    @Test
    void duringAnOutageTheMailWaitsThenLeavesExactlyOnce() throws Exception {
        simulator.modes().setMode(MssModes.Mode.DOWN);
        SecureMail.Queued queued = secureMail.compose(caller, Draft.simple(doctor,
                List.of("dr.correspondant@hopital-sim.mssante.fr"), "Avis", "Bonjour"), List.of(doctor));

        dispatcher.dispatchDue();
        assertThat(status(queued)).isEqualTo(OutboxStatus.PENDING);

        simulator.modes().setMode(MssModes.Mode.NORMAL);
        // The crash window: the mail left but the outbox did not hear it (kill -9 between send and record).
        port.send(database.read(c -> SecureMail.outgoing(c, queued.id())));
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();

        assertThat(status(queued)).isEqualTo(OutboxStatus.SENT);
        assertThat(simulator.journal().stream().filter(row -> queued.messageId().equals(row.get("messageId")))
                .filter(row -> !(Boolean) row.get("duplicate")).count()).isEqualTo(1);
    }

    private OutboxStatus status(SecureMail.Queued queued) {
        return database.read(c -> new Outbox(clock).findByKey(c, queued.messageId()).orElseThrow().status());
    }

    @Test
    void theCorrespondentsXdmIsFiledToTheQualifiedPatientAndTheAmbiguousOneWaitsInTheWorklist() {
        String qualifiedId = simulator.sendDocument(doctor, Correspondent.Scenario.QUALIFIED);
        simulator.sendDocument(doctor, Correspondent.Scenario.AMBIGUOUS);

        List<MailFiling.Received> received = filing.fetch(caller, port, doctor, 50);

        assertThat(received).extracting(MailFiling.Received::outcome).containsOnly(MailFiling.Outcome.DOCUMENTS);
        Patient adrun = patient("ADRUN ZOE");
        List<PatientDocument> filed = documents.list(caller, adrun.id());
        assertThat(filed).singleElement().satisfies(document -> {
            assertThat(document.uniqueId()).isEqualTo(qualifiedId);
            assertThat(document.origin()).isEqualTo(DocumentOrigin.MSSANTE);
            assertThat(document.type().code()).isEqualTo("11488-4");
        });
        List<MailFiling.WorkItem> pending = filing.pending(caller, 10);
        assertThat(pending).singleElement().satisfies(item -> {
            assertThat(item.birthName()).isEqualTo("HOMONYME");
            assertThat(item.candidatePatientId()).contains(patient("HOMONYME CLAUDE").id());
            assertThat(item.score()).isGreaterThanOrEqualTo(70);
        });

        PatientDocument confirmed = filing.confirm(caller, pending.get(0).id(), patient("HOMONYME CLAUDE").id());

        assertThat(documents.list(caller, patient("HOMONYME CLAUDE").id())).containsExactly(confirmed);
        assertThat(filing.pending(caller, 10)).isEmpty();
        assertThat(filing.fetch(caller, port, doctor, 50)).isEmpty();
    }
}
