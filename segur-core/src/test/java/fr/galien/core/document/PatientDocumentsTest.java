package fr.galien.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.error.SegurException;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxRequest;
import fr.galien.core.patient.JdbcPatientDuplicates;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestPatients;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientDocumentsTest {

    private static final Caller DOCTOR = new Caller("local:doc", "Dr Test", Role.MEDECIN, "poste-1");
    private static final Caller SECRETARY = new Caller("local:sec", "Accueil", Role.SECRETAIRE, "poste-1");
    private static final Instant WRITTEN = Instant.parse("2026-11-30T10:15:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private MigratedTestDatabase database;
    private PatientDocuments documents;
    private UUID patient;
    private UUID otherPatient;

    @BeforeEach
    void setUp() {
        database = MigratedTestDatabase.inMemory();
        JdbcPatientRegistry registry = new JdbcPatientRegistry(database, audit, clock);
        patient = registry.create(TestPatients.CALLER, TestPatients.draft("DOCUMENT", "Alice", "1980-02-03")).id();
        otherPatient = registry.create(TestPatients.CALLER, TestPatients.draft("AUTRE", "Berthe", "1975-05-06")).id();
        documents = new PatientDocuments(database, audit, clock);
        audit.clear();
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void addsListsAndOpensADocumentWithAnAuditRowForEach() {
        PatientDocument added = documents.add(DOCTOR, pdf("Courrier", "%PDF-1.7 courrier"));

        assertThat(added.uniqueId()).startsWith("2.25.");
        assertThat(added.setId()).isEqualTo(added.uniqueId());
        assertThat(added.version()).isEqualTo(1);
        assertThat(added.size()).isEqualTo("%PDF-1.7 courrier".length());
        assertThat(added.addedAt()).isEqualTo(clock.instant());
        assertThat(documents.list(DOCTOR, patient)).containsExactly(added);
        assertThat(documents.content(DOCTOR, added.id())).asString(StandardCharsets.UTF_8)
                .isEqualTo("%PDF-1.7 courrier");
        assertThat(audit.events()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.DOCUMENT_ADD, AuditAction.DOCUMENT_OPEN);
        assertThat(audit.events()).allSatisfy(event -> {
            assertThat(event.patientId()).isEqualTo(patient);
            assertThat(event.detail()).contains(added.id().toString()).doesNotContain("courrier");
        });
    }

    @Test
    void theSameUniqueIdAddedTwiceIsKeptOnce() {
        NewDocument received = pdf("Compte rendu", "%PDF cr").withUniqueId("1.2.250.1.999.1^42");
        PatientDocument first = documents.add(DOCTOR, received);
        PatientDocument again = documents.add(DOCTOR, received);

        assertThat(again).isEqualTo(first);
        assertThat(documents.list(DOCTOR, patient)).hasSize(1);
    }

    @Test
    void theSameFileFiledTwiceByHandIsKeptOnce() {
        PatientDocument first = documents.add(DOCTOR, pdf("Scan", "%PDF scan"));
        PatientDocument again = documents.add(DOCTOR, pdf("Scan encore", "%PDF scan"));

        assertThat(again).isEqualTo(first);
        assertThat(documents.list(DOCTOR, patient)).hasSize(1);
    }

    @Test
    void aUniqueIdWithAnotherContentOrAnotherPatientIsRefusedAndNothingIsAdded() {
        documents.add(DOCTOR, pdf("Compte rendu", "%PDF v1").withUniqueId("1.2.3.4"));

        assertThatThrownBy(() -> documents.add(DOCTOR, pdf("Compte rendu", "%PDF autre").withUniqueId("1.2.3.4")))
                .isInstanceOf(SegurException.class).hasMessageContaining("DOC-0003");
        NewDocument elsewhere = new NewDocument(otherPatient, "1.2.3.4", DocumentType.AUTRE, "x",
                DocumentFormats.PDF, WRITTEN, null, DocumentOrigin.MSSANTE, "%PDF v1".getBytes());
        assertThatThrownBy(() -> documents.add(DOCTOR, elsewhere))
                .isInstanceOf(SegurException.class).hasMessageContaining("DOC-0004");
        assertThat(documents.list(DOCTOR, otherPatient)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsOwnCode() {
        assertCode(pdf(" ", "%PDF"), "DOC-0008");
        assertCode(pdf("Titre", ""), "DOC-0010");
        assertCode(pdf("Titre", "%PDF").withUniqueId("../etc/passwd"), "DOC-0009");
        assertCode(new NewDocument(patient, null, DocumentType.AUTRE, "Script", "text/html", WRITTEN, null,
                DocumentOrigin.SCAN, "<script>".getBytes()), "DOC-0005");
        assertCode(new NewDocument(UUID.randomUUID(), null, DocumentType.AUTRE, "Orphelin", DocumentFormats.PDF,
                WRITTEN, null, DocumentOrigin.SCAN, "%PDF".getBytes()), "DOC-0006");
        assertCode(pdf("Énorme", "x".repeat(PatientDocuments.MAX_CONTENT_BYTES + 1)), "DOC-0002");
        assertThat(documents.list(DOCTOR, patient)).isEmpty();
    }

    @Test
    void aReplacementIsTheNextVersionOfTheSameSetAndOnlyTheLastVersionCanBeReplaced() {
        PatientDocument first = documents.add(DOCTOR, pdf("Synthèse", "%PDF v1"));
        clock.advance(java.time.Duration.ofMinutes(5));
        PatientDocument second = documents.replace(DOCTOR, first.id(), pdf("Synthèse", "%PDF v2"));

        assertThat(second.setId()).isEqualTo(first.setId());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.replacesId()).isEqualTo(first.id());
        assertThat(second.uniqueId()).isNotEqualTo(first.uniqueId());
        assertThat(documents.list(DOCTOR, patient)).containsExactly(second);
        assertThat(documents.versions(DOCTOR, second)).extracting(PatientDocument::version).containsExactly(1, 2);
        assertThat(documents.versions(DOCTOR, second).get(0).supersededById()).isEqualTo(second.id());
        assertThatThrownBy(() -> documents.replace(DOCTOR, first.id(), pdf("Synthèse", "%PDF v3")))
                .isInstanceOf(SegurException.class).hasMessageContaining("DOC-0007");
        assertThat(audit.events()).extracting(AuditEvent::action).contains(AuditAction.DOCUMENT_REPLACE);
    }

    @Test
    void aSecretaryNeitherReadsNorAddsDocumentsAndTheRefusalIsAudited() {
        PatientDocument added = documents.add(DOCTOR, pdf("Courrier", "%PDF"));
        audit.clear();

        assertThatThrownBy(() -> documents.list(SECRETARY, patient)).isInstanceOf(SegurException.class);
        assertThatThrownBy(() -> documents.content(SECRETARY, added.id())).isInstanceOf(SegurException.class);
        assertThatThrownBy(() -> documents.add(SECRETARY, pdf("Scan", "%PDF 2"))).isInstanceOf(SegurException.class);
        assertThat(audit.events()).extracting(AuditEvent::outcome).containsOnly(AuditOutcome.REFUSED);
        assertThat(audit.events()).hasSize(3);
    }

    @Test
    void sharingStateIsSetInTheCallersTransactionWithWhatItTriggers() {
        Outbox outbox = new Outbox(clock);
        PatientDocument added = database.inTransaction(tx -> {
            PatientDocument document = documents.add(tx, DOCTOR, pdf("VSM", "%PDF vsm"));
            documents.setSharing(tx, document.id(), SharingChannel.DMP, SharingState.A_ENVOYER, null);
            outbox.enqueue(tx, new OutboxRequest("dmp", "submit", document.uniqueId(), "{}"));
            return document;
        });
        database.inTransaction(tx -> {
            documents.setSharing(tx, added.id(), SharingChannel.DMP, SharingState.REFUSE, "DMP-0004 refusé");
            return null;
        });

        List<DocumentSharing> sharing = documents.sharing(added.id());
        assertThat(sharing).singleElement().satisfies(state -> {
            assertThat(state.channel()).isEqualTo(SharingChannel.DMP);
            assertThat(state.state()).isEqualTo(SharingState.REFUSE);
            assertThat(state.detail()).isEqualTo("DMP-0004 refusé");
        });
        assertThat(documents.sharingOfPatient(DOCTOR, patient)).containsOnlyKeys(added.id());
    }

    @Test
    void aFailureLaterInTheTransactionLeavesNoDocument() {
        assertThatThrownBy(() -> database.inTransaction(tx -> {
            documents.add(tx, DOCTOR, pdf("VSM", "%PDF vsm"));
            throw new IllegalStateException("the outbox row could not be written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(documents.list(DOCTOR, patient)).isEmpty();
    }

    @Test
    void aMergedFilesDocumentsShowInTheFileItWasMergedIntoUntilTheMergeIsUndone() {
        PatientDocument retiredDocument = documents.add(DOCTOR, new NewDocument(otherPatient, null,
                DocumentType.AUTRE, "Ancien courrier", DocumentFormats.PDF, WRITTEN, null, DocumentOrigin.SCAN,
                "%PDF ancien".getBytes()));
        JdbcPatientRegistry registry = new JdbcPatientRegistry(database, audit, clock);
        JdbcPatientDuplicates duplicates = new JdbcPatientDuplicates(database, audit, clock);
        var merge = duplicates.merge(TestPatients.CALLER, patient,
                registry.open(TestPatients.CALLER, patient).version(), otherPatient,
                registry.open(TestPatients.CALLER, otherPatient).version());

        assertThat(documents.list(DOCTOR, patient)).containsExactly(retiredDocument);

        duplicates.unmerge(TestPatients.CALLER, merge.id());
        assertThat(documents.list(DOCTOR, patient)).isEmpty();
        assertThat(documents.list(DOCTOR, otherPatient)).containsExactly(retiredDocument);
    }

    private void assertCode(NewDocument document, String code) {
        assertThatThrownBy(() -> documents.add(DOCTOR, document))
                .isInstanceOf(SegurException.class).hasMessageContaining(code);
    }

    private NewDocument pdf(String title, String content) {
        return NewDocument.local(patient, DocumentType.COMPTE_RENDU_CONSULTATION, title, DocumentFormats.PDF,
                WRITTEN, "Dr Test, médecin généraliste", content.getBytes(StandardCharsets.UTF_8));
    }
}
