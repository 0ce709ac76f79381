package fr.galien.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.patient.duplicates.NameSimilarity;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void identicalNamesScoreOne() {
        assertThat(NameSimilarity.of("Dupont", "DUPONT")).isEqualTo(1.0);
    }

    @Test
    void spacesAccentsAndApostrophesDoNotCount() {
        assertThat(NameSimilarity.of("Le Goff", "LEGOFF")).isEqualTo(1.0);
        assertThat(NameSimilarity.of("Hélène", "helene")).isEqualTo(1.0);
    }

    @Test
    void oneLetterTypoStaysAboveTheNameThreshold() {
        assertThat(NameSimilarity.of("Dupont", "Dupond")).isGreaterThanOrEqualTo(JdbcPatientRegistry.NAME_THRESHOLD);
    }

    @Test
    void differentNamesStayBelowIt() {
        assertThat(NameSimilarity.of("Dupont", "Moreau")).isLessThan(JdbcPatientRegistry.NAME_THRESHOLD);
        assertThat(NameSimilarity.of("Léa", "Lou")).isLessThan(JdbcPatientRegistry.FIRST_NAME_THRESHOLD);
    }
}
