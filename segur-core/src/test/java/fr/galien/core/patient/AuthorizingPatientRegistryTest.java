package fr.galien.core.patient;

import static fr.galien.core.testsupport.TestPatients.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions enforced in the core: a refused caller gets a coded refusal, the audit a row, and no patient data. */
class AuthorizingPatientRegistryTest {

    private static final Caller PHARMACIST = Caller.localAccount("a1", "Claire Invente", Role.PHARMACIEN_TITULAIRE,
            "poste-test");
    private static final Caller SECRETARY = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, "poste-test");
    private static final Caller ADMIN = Caller.localAccount("t1", "Hugo Technique", Role.ADMINISTRATEUR_TECHNIQUE,
            "poste-test");

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    PatientRegistry registry;
    Patient patient;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(dataDir);
        audit = new RecordingAuditTrail();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        registry = new AuthorizingPatientRegistry(new JdbcPatientRegistry(database, audit, clock),
                new AuditedAuthorization(database, audit));
        patient = registry.create(PHARMACIST, draft("Vermeerbrouck", "Philomène", "1961-07-14"));
        audit.clear();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void secretaryMaySearchAndOpenIdentities() {
        assertThat(registry.search(SECRETARY, "verm", 10)).extracting(Patient::id).containsExactly(patient.id());
        assertThat(registry.open(SECRETARY, patient.id())).isEqualTo(patient);
    }

    @Test
    void secretaryCannotArchiveAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> registry.archive(SECRETARY, patient.id(), patient.version()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(event.action()).isEqualTo(AuditAction.ARCHIVE);
            assertThat(event.caller()).isEqualTo(SECRETARY);
            assertThat(event.detail()).contains("PATIENT_ARCHIVE");
        });
        assertThat(registry.open(PHARMACIST, patient.id()).archived()).isFalse();
    }

    @Test
    void technicalAdministratorCannotOpenAPatient() {
        assertThatThrownBy(() -> registry.open(ADMIN, patient.id()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));
        assertThatThrownBy(() -> registry.search(ADMIN, "verm", 10)).isInstanceOf(SegurException.class);
        assertThatThrownBy(() -> registry.exportAll(ADMIN)).isInstanceOf(SegurException.class);
        assertThat(audit.events()).hasSize(3).allMatch(event -> event.outcome() == AuditOutcome.REFUSED);
    }

    @Test
    void refusalCarriesNoPatientDataInMessageOrAudit() {
        List<Runnable> attempts = List.of(
                () -> registry.open(ADMIN, patient.id()),
                () -> registry.search(ADMIN, "Vermeerbrouck Philomène", 10),
                () -> registry.update(ADMIN, patient),
                () -> registry.create(ADMIN, draft("Vermeerbrouck", "Philomène", "1961-07-14")),
                () -> registry.lookalikes(ADMIN, patient),
                () -> registry.archive(SECRETARY, patient.id(), patient.version()));
        for (Runnable attempt : attempts) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(SegurException.class, e ->
                    assertThat(e.getMessage()).doesNotContainIgnoringCase("Vermeerbrouck")
                            .doesNotContainIgnoringCase("Philomène").doesNotContain("1961"));
        }
        assertThat(audit.events()).hasSize(attempts.size()).extracting(AuditEvent::detail)
                .allSatisfy(detail -> assertThat(detail).doesNotContainIgnoringCase("Vermeerbrouck")
                        .doesNotContainIgnoringCase("Philomène").doesNotContain("1961"));
    }

    @Test
    void grantedCallReachesTheRegistryWithoutARefusalRow() {
        registry.archive(PHARMACIST, patient.id(), patient.version());
        assertThat(audit.events()).extracting(AuditEvent::outcome).containsOnly(AuditOutcome.SUCCESS);
    }
}
