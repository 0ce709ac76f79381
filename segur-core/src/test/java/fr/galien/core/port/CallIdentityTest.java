package fr.galien.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.DmpPort.DmpDocument;
import fr.galien.core.port.DmpPort.SubmissionReceipt;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Authorization;
import fr.galien.core.security.Caller;
import fr.galien.core.security.NationalCallAuthority;
import fr.galien.core.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ADR 0022: the identity of DMP calls (REM DMP/PSC.01, PSC.06, DMP.02.LGO) and the per-call choice of the port. */
class CallIdentityTest {

    private static final String COUNTER = "comptoir-1";
    private static final Caller PSC_PHARMACIST =
            Caller.pscProfessional("810000000001", "Claire Invente", Role.PHARMACIEN_TITULAIRE, COUNTER);
    private static final Caller PREPARER = Caller.localAccount("p1", "Léo Fictif", Role.PREPARATEUR, COUNTER);
    private static final AccessToken PHARMACIST_TOKEN =
            new AccessToken("jeton-invente", Instant.parse("2026-03-02T10:05:00Z"), "810000000001");

    @Test
    void pharmacistFeedsTheDmpUnderTheirOwnSession() {
        NationalCallAuthority authority = Authorization.requireNationalCall(PSC_PHARMACIST, Optional.empty());

        assertThat(CallIdentity.forDmp(authority, PHARMACIST_TOKEN))
                .isEqualTo(new CallIdentity.ProfessionalSession(PHARMACIST_TOKEN));
    }

    @Test
    void preparersDmpCallIsRefusedRatherThanSentUnderThePharmacistsName() {
        NationalCallAuthority authority = Authorization.requireNationalCall(PREPARER, Optional.of(PSC_PHARMACIST));

        assertThatThrownBy(() -> CallIdentity.forDmp(authority, PHARMACIST_TOKEN))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("SEC-0004");
                    assertThat(e.getMessage()).contains("préparateur").contains("DMP");
                });
    }

    @Test
    void aTokenThatIsNotTheCallersIsRefused() {
        NationalCallAuthority authority = Authorization.requireNationalCall(PSC_PHARMACIST, Optional.empty());
        AccessToken someoneElse = new AccessToken("jeton-invente", Instant.parse("2026-03-02T10:05:00Z"),
                "810000000009");

        assertThatThrownBy(() -> CallIdentity.forDmp(authority, someoneElse))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0005"));
    }

    @Test
    void dmpPortTakesTheIdentityPerCall() {
        List<CallIdentity> seen = new ArrayList<>();
        DmpPort dmp = (caller, identity, document) -> {
            seen.add(identity);
            return new SubmissionReceipt(document.submissionId(), "1.2.250.1.999.1");
        };
        DmpDocument document = new DmpDocument(UUID.randomUUID(), null, "43", "60593-1", "Dispensation", new byte[0]);

        dmp.submit(PSC_PHARMACIST, CallIdentity.organisationCertificate(), document);
        dmp.submit(PSC_PHARMACIST, CallIdentity.professional(PHARMACIST_TOKEN), document);

        assertThat(seen).containsExactly(CallIdentity.organisationCertificate(),
                new CallIdentity.ProfessionalSession(PHARMACIST_TOKEN));
    }
}
