package fr.galien.core.patient.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeyTest {

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({
        "Dupont, Dupond",
        "DUPONT, dupont",
        "Lefèvre, Lefebvre",
        "Mathieu, Matthieu",
        "Philippe, Filipe",
        "Le Goff, LEGOFF",
        "Renaud, Renaut",
        "Giraud, Girault",
        "Thibault, Thibaut",
        "Hébert, Ebert",
        "Schmitt, Chmit",
        "Quéméner, Kemener",
        "Rousseau, Roussot",
    })
    void spellingsOfOneSoundShareTheKey(String one, String other) {
        assertThat(PhoneticKey.of(one)).isNotEmpty().isEqualTo(PhoneticKey.of(other));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource({
        "Dupont, Dupuis",
        "Martin, Bernard",
        "Petit, Moreau",
        "Léa, Lou-Anne",
    })
    void differentNamesGetDifferentKeys(String one, String other) {
        assertThat(PhoneticKey.of(one)).isNotEqualTo(PhoneticKey.of(other));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'  '", "'-'", "'🌸'"})
    void aNameWithoutLettersHasAnEmptyKey(String name) {
        assertThat(PhoneticKey.of(name)).isEmpty();
    }
}
