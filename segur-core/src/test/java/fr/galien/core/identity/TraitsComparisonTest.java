package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.identity.TraitsComparison.Row;
import fr.galien.core.identity.TraitsComparison.Trait;
import fr.galien.core.testsupport.TestIdentities;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraitsComparisonTest {

    @Test
    void tchitchiShowsFirstNamesAndBirthPlaceSideBySide() {
        Patient local = Patient.draft("TCHITCHI", null, List.of("Catarina"), Sex.F, new BirthDate(1936, 6, 21), null,
                Contact.NONE);

        TraitsComparison comparison = TraitsComparison.of(local, TestIdentities.tchitchi().traits());

        assertThat(comparison.allEqual()).isFalse();
        assertThat(comparison.different()).containsExactly(Trait.FIRST_NAMES, Trait.BIRTH_PLACE);
        assertThat(comparison.rows()).extracting(Row::trait).containsExactly(Trait.values());
        assertThat(comparison.row(Trait.FIRST_NAMES)).isEqualTo(new Row(Trait.FIRST_NAMES, "Catarina",
                "CATARINA BELLA", false));
        assertThat(comparison.row(Trait.BIRTH_PLACE)).isEqualTo(new Row(Trait.BIRTH_PLACE, "", "63220", false));
        assertThat(comparison.row(Trait.BIRTH_DATE)).isEqualTo(new Row(Trait.BIRTH_DATE, "21/06/1936", "21/06/1936",
                true));
    }

    @ParameterizedTest(name = "«{0}» = «{1}»")
    @CsvSource({
            "Zoé, ZOE", "  zoe  , ZOE", "Hélène-Françoise, HELENE-FRANCOISE", "Cœur, COEUR", "Lætitia, LAETITIA",
            "D’Arcy, D'ARCY", "Jean   Pierre, JEAN PIERRE"})
    void namesCompareAsInsiWritesThem(String local, String insi) {
        assertThat(InsText.normalize(local)).isEqualTo(insi);
        assertThat(TraitsComparison.of(traits(local, Sex.F), traits(insi, Sex.F)).allEqual()).isTrue();
    }

    @Test
    void sexAndDateDifferencesAreShown() {
        TraitsComparison comparison = TraitsComparison.of(traits("ADRUN", Sex.F),
                new IdentityTraits("ADRUN", List.of("ZOE"), Sex.M, new BirthDate(1975, 12, 0),
                        "63220"));

        assertThat(comparison.different()).containsExactly(Trait.FIRST_NAMES, Trait.SEX, Trait.BIRTH_DATE);
        assertThat(comparison.row(Trait.BIRTH_DATE).insi()).isEqualTo("00/12/1975");
    }

    @Test
    void insiNamesFollowTheLexicalRules() {
        assertThat(InsText.isInsiName("DE VINCI")).isTrue();
        assertThat(InsText.isInsiName("PAT-TROIS")).isTrue();
        assertThat(InsText.isInsiName("N'DIAMBO")).isTrue();
        assertThat(InsText.isInsiName("MARTIN--DUPONT")).isTrue();
        assertThat(InsText.isInsiName("-MARTIN")).isFalse();
        assertThat(InsText.isInsiName("MARTIN2")).isFalse();
        assertThat(InsText.isInsiName("")).isFalse();
    }

    private static IdentityTraits traits(String name, Sex sex) {
        return new IdentityTraits("ADRUN", List.of(name), sex, new BirthDate(1975, 12, 31),
                "63220");
    }
}
