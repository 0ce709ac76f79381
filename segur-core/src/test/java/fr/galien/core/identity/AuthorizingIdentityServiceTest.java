package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import fr.galien.core.testsupport.TestIdentities;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity service's permissions, enforced in the core and audited when refused. */
class AuthorizingIdentityServiceTest {

    private static final Caller SECRETARY = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, "accueil");
    private static final Caller VET = Caller.localAccount("v1", "Lou Démo", Role.VETERINAIRE, "poste-1");
    private static final Caller ADMIN = Caller.localAccount("t1", "Hugo Technique", Role.ADMINISTRATEUR_TECHNIQUE,
            "poste-1");

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    IdentityService identities;
    Patient patient;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(dataDir);
        audit = new RecordingAuditTrail();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        identities = new AuthorizingIdentityService(new JdbcIdentityService(database, audit, clock),
                new AuditedAuthorization(database, audit));
        patient = new JdbcPatientRegistry(database, audit, clock).create(SECRETARY,
                TestIdentities.draftOf(TestIdentities.adrun()));
        audit.clear();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void secretaryWithoutProSanteConnectRecoversAndQualifiesAtTheDesk() {
        Patient recovered = identities.acceptInsi(SECRETARY, patient.id(), patient.version(), TestIdentities.adrun(),
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY);
        Patient qualified = identities.validateDocument(SECRETARY, patient.id(), recovered.version(),
                IdentityDocument.PASSEPORT);

        assertThat(qualified.identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        assertThat(identities.history(SECRETARY, patient.id())).hasSize(2);
    }

    @Test
    void vetCannotTouchAnInsAndTheRefusalIsAuditedWithoutPatientData() {
        assertThatThrownBy(() -> identities.acceptInsi(VET, patient.id(), patient.version(), TestIdentities.adrun(),
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(event.action()).isEqualTo(AuditAction.IDENTITY_INSI_ACCEPT);
            assertThat(event.detail()).contains("INS_LOOKUP").doesNotContain("ADRUN", "275126322074974");
        });
    }

    @Test
    void vetCannotValidateADocument() {
        assertThatThrownBy(() -> identities.validateDocument(VET, patient.id(), patient.version(),
                IdentityDocument.PASSEPORT)).hasMessageContaining("SEC-0001");
    }

    @Test
    void technicalAdministratorReadsNoIdentityHistory() {
        assertThatThrownBy(() -> identities.history(ADMIN, patient.id())).hasMessageContaining("SEC-0001");
        assertThatThrownBy(() -> identities.setAttributes(ADMIN, patient.id(), patient.version(),
                Set.of(IdentityAttribute.HOMONYME))).hasMessageContaining("SEC-0001");
    }
}
