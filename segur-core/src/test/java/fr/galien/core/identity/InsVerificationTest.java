package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.testsupport.TestIdentities;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InsVerificationTest {

    private final Patient stored = recovered();

    @Test
    void sameMatriculeOidAndTraitsConfirm() {
        assertThat(InsVerification.of(stored, found(TestIdentities.adrun())).confirmed()).isTrue();
    }

    @Test
    void crZeroOneAndZeroTwoFail() {
        assertThat(InsVerification.of(stored, new InsiResult(CodeCr.AUCUNE_IDENTITE, "", Optional.empty())).outcome())
                .isEqualTo(InsVerification.Outcome.NOT_FOUND);
        assertThat(InsVerification.of(stored, new InsiResult(CodeCr.PLUSIEURS_IDENTITES, "", Optional.empty()))
                .outcome()).isEqualTo(InsVerification.Outcome.SEVERAL);
    }

    @Test
    void differentTraitsAreNamed() {
        InsVerification verification = InsVerification.of(stored, found(TestIdentities.insi("ADRUN", List.of("ZOE"),
                Sex.M, "1975-12-31", "63220", "275126322074974", InsOid.NIR)));

        assertThat(verification.outcome()).isEqualTo(InsVerification.Outcome.TRAITS_DIFFER);
        assertThat(verification.differentTraits()).containsExactly(TraitsComparison.Trait.SEX);
    }

    private static InsiResult found(InsIdentity identity) {
        return new InsiResult(CodeCr.UNE_IDENTITE, "OK", Optional.of(identity));
    }

    private static Patient recovered() {
        Patient draft = TestIdentities.draftOf(TestIdentities.adrun());
        return new Patient(draft.id(), draft.birthName(), null, draft.firstNames(), draft.sex(), draft.birthDate(),
                draft.birthPlaceCode(), draft.contact(), IdentityStatus.RECUPEREE, "275126322074974", InsOid.NIR,
                draft.attributes(), false, 2);
    }
}
