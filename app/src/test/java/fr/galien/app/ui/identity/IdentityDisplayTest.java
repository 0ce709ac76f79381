package fr.galien.app.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.identity.InsOid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityDisplayTest {

    @ParameterizedTest
    @CsvSource({"275126322074974, 2 75 12 63 220 749 74", "180032B02040123, 1 80 03 2B 020 401 23",
            "12345, 12345"})
    void matriculesAreShownInTheGroupsOfTheirLayout(String matricule, String shown) {
        assertThat(IdentityDisplay.groupedMatricule(matricule)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({InsOid.NIR + ", INS-NIR", InsOid.NIA + ", INS-NIA (numéro provisoire)",
            InsOid.NIR_TEST + ", INS-NIR de test", "1.2.3, nature du matricule inconnue"})
    void theNatureComesFromTheOid(String oid, String nature) {
        assertThat(IdentityDisplay.nature(oid)).isEqualTo(nature);
    }

    @ParameterizedTest
    @CsvSource({"PROVISOIRE, identity-provisoire", "RECUPEREE, identity-recuperee", "VALIDEE, identity-validee",
            "QUALIFIEE, identity-qualifiee"})
    void eachStatusHasItsOwnBadgeStyleAndItsWords(IdentityStatus status, String style) {
        assertThat(IdentityDisplay.statusStyle(status)).isEqualTo(style);
        assertThat(IdentityDisplay.statusText(status)).startsWith("Identité ");
    }
}
