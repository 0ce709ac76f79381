package fr.galien.core.patient.duplicates;

import static fr.galien.core.testsupport.TestPatients.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.JdbcPatientDuplicates;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PATIENT_MERGE enforced in the core: refusals are coded, audited without patient data, and change nothing. */
class AuthorizingPatientDuplicatesTest {

    private static final Caller PHARMACIST = Caller.localAccount("a1", "Claire Invente", Role.PHARMACIEN_TITULAIRE,
            "poste-test");
    private static final Caller SECRETARY = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, "poste-test");
    private static final Caller PREPARER = Caller.localAccount("p1", "Léo Exemple", Role.PREPARATEUR, "poste-test");

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    JdbcPatientRegistry registry;
    PatientDuplicates duplicates;
    Patient first;
    Patient second;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(dataDir);
        audit = new RecordingAuditTrail();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        registry = new JdbcPatientRegistry(database, audit, clock);
        duplicates = new AuthorizingPatientDuplicates(new JdbcPatientDuplicates(database, audit, clock),
                new AuditedAuthorization(database, audit));
        first = registry.create(PHARMACIST, draft("Vermeerbrouck", "Philomène", "1961-07-14"));
        second = registry.create(PHARMACIST, draft("Vermeerbrouk", "Philomène", "1961-07-14"));
        audit.clear();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSecretaryMayListAndMergeDuplicates() {
        assertThat(duplicates.find(SECRETARY, 70)).hasSize(1);

        MergeRecord merge = duplicates.merge(SECRETARY, first.id(), first.version(), second.id(), second.version());

        assertThat(merge.survivorId()).isEqualTo(first.id());
    }

    @Test
    void aPreparerCannotMergeAndTheRefusalIsAuditedWithoutPatientData() {
        assertThatThrownBy(() -> duplicates.merge(PREPARER, first.id(), first.version(), second.id(),
                second.version()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(event.action()).isEqualTo(AuditAction.MERGE);
            assertThat(event.detail()).contains("PATIENT_MERGE").doesNotContain("Vermeer");
        });
        assertThat(registry.open(PHARMACIST, second.id()).archived()).isFalse();
    }

    @Test
    void aPreparerCannotSeeTheWorklistNorUndoAMerge() {
        MergeRecord merge = duplicates.merge(PHARMACIST, first.id(), first.version(), second.id(), second.version());

        assertThatThrownBy(() -> duplicates.find(PREPARER, 70)).hasMessageContaining("SEC-0001");
        assertThatThrownBy(() -> duplicates.merges(PREPARER, 10)).hasMessageContaining("SEC-0001");
        assertThatThrownBy(() -> duplicates.unmerge(PREPARER, merge.id())).hasMessageContaining("SEC-0001");
        assertThatThrownBy(() -> duplicates.dismiss(PREPARER, first.id(), 1, second.id(), 1))
                .hasMessageContaining("SEC-0001");
        assertThat(duplicates.merges(PHARMACIST, 10)).singleElement()
                .satisfies(stored -> assertThat(stored.undone()).isFalse());
    }
}
