package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.audit.AuditEvent;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.SqlFunction;
import fr.galien.core.storage.Transactions;
import fr.galien.core.testsupport.RecordingAuditTrail;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ADR 0022 / REM INS/PSC.01: which identity each INSi call of a search goes out under, and its audit. */
class InsiCallIdentityTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Caller PSC_DOCTOR =
            Caller.pscProfessional("810000000002", "Paul Invente", Role.MEDECIN, "cabinet-1");
    private static final Caller LOCAL_DOCTOR = Caller.localAccount("d1", "Paul Invente", Role.MEDECIN, "cabinet-1");
    private static final Caller PREPARER = Caller.localAccount("p1", "Léo Fictif", Role.PREPARATEUR, "comptoir-1");
    private static final AccessToken DOCTOR_TOKEN =
            new AccessToken("jeton-invente", NOW.plusSeconds(300), "810000000002");
    private static final IdentityTraits TRAITS =
            new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31), "63220");

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Transactions noDatabase = new Transactions() {
        @Override
        public <T> T inTransaction(SqlFunction<T> work) {
            try {
                return work.apply(null);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    @Test
    void pscProfessionalWithTheirValidTokenCallsUnderTheirSession() {
        FakeInsi insi = new FakeInsi().withPscEndpoint();

        search(insi, Optional.of(DOCTOR_TOKEN)).searchByTraits(PSC_DOCTOR, TRAITS);

        assertThat(insi.identities()).containsExactly(CallIdentity.professional(DOCTOR_TOKEN));
        assertThat(audit.events()).extracting(AuditEvent::detail)
                .containsExactly("op=traits essai=1/1 lieu=oui identite=psc cr=01");
    }

    @Test
    void expiredOrAbsentTokenFallsBackToTheOrganisationCertificate() {
        FakeInsi insi = new FakeInsi().withPscEndpoint();
        AccessToken expired = new AccessToken("jeton-invente", NOW.minusSeconds(1), "810000000002");

        search(insi, Optional.of(expired)).searchByTraits(PSC_DOCTOR, TRAITS);
        search(insi, Optional.empty()).searchByTraits(PSC_DOCTOR, TRAITS);

        assertThat(insi.identities()).containsOnly(CallIdentity.organisationCertificate()).hasSize(2);
        assertThat(audit.events()).extracting(AuditEvent::detail).allMatch(d -> d.contains("identite=certificat"));
    }

    @Test
    void anotherProfessionalsTokenIsNeverSent() {
        FakeInsi insi = new FakeInsi().withPscEndpoint();
        AccessToken pharmacists = new AccessToken("jeton-invente", NOW.plusSeconds(300), "810000000001");

        search(insi, Optional.of(pharmacists)).searchByTraits(PSC_DOCTOR, TRAITS);
        // A préparateur at the pharmacist's counter session: the organisation certificate (ADR 0012), never the
        // pharmacist's token.
        search(insi, Optional.of(pharmacists)).searchByTraits(PREPARER, TRAITS);

        assertThat(insi.identities()).containsOnly(CallIdentity.organisationCertificate()).hasSize(2);
    }

    @Test
    void localAccountOrNoPscEndpointUsesTheOrganisationCertificate() {
        FakeInsi withEndpoint = new FakeInsi().withPscEndpoint();
        search(withEndpoint, Optional.of(DOCTOR_TOKEN)).searchByTraits(LOCAL_DOCTOR, TRAITS);
        FakeInsi withoutEndpoint = new FakeInsi();
        search(withoutEndpoint, Optional.of(DOCTOR_TOKEN)).searchByTraits(PSC_DOCTOR, TRAITS);

        assertThat(withEndpoint.identities()).containsExactly(CallIdentity.organisationCertificate());
        assertThat(withoutEndpoint.identities()).containsExactly(CallIdentity.organisationCertificate());
    }

    private InsiSearch search(FakeInsi insi, Optional<AccessToken> token) {
        return new InsiSearch(insi, noDatabase, audit, () -> token, CLOCK);
    }
}
