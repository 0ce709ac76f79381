package fr.galien.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
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
        DmpPort dmp = new RecordingDmp(seen);
        QualifiedIns ins = new QualifiedIns(UUID.randomUUID(), "275126322074974", "1.2.250.1.213.1.4.8",
                new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F, BirthDate.of(java.time.LocalDate.of(1975, 12, 31)), "63220"));
        DmpDocument document = new DmpDocument(UUID.randomUUID(), ins, "2.25.1", "43", "60593-1",
                "2.16.840.1.113883.6.1", "Dispensation", "urn:ihe:pharm:dis:2010", "Dispensation",
                Instant.parse("2026-03-02T10:00:00Z"), null, new DmpPort.DmpAuthor("810000000001", "A", "B", "21"),
                new DmpPort.DmpOrganisation("3123", "Officine", "SA33", "AMBULATOIRE"), "N", null, new byte[0]);

        dmp.submit(PSC_PHARMACIST, CallIdentity.organisationCertificate(), document);
        dmp.submit(PSC_PHARMACIST, CallIdentity.professional(PHARMACIST_TOKEN), document);

        assertThat(seen).containsExactly(CallIdentity.organisationCertificate(),
                new CallIdentity.ProfessionalSession(PHARMACIST_TOKEN));
    }

    private record RecordingDmp(List<CallIdentity> seen) implements DmpPort {
        @Override
        public SubmissionReceipt submit(Caller caller, CallIdentity identity, DmpDocument document) {
            seen.add(identity);
            return new SubmissionReceipt(document.submissionId(), "1.2.250.1.999.1", false);
        }

        @Override
        public DmpStatus status(Caller caller, CallIdentity identity, QualifiedIns ins) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DmpEntry> find(Caller caller, CallIdentity identity, QualifiedIns ins, DmpQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RetrievedDocument retrieve(Caller caller, CallIdentity identity, QualifiedIns ins, DmpEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void withdraw(Caller caller, CallIdentity identity, QualifiedIns ins, String uniqueId) {
            throw new UnsupportedOperationException();
        }
    }
}
