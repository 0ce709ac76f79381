package fr.galien.core.drug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ANSM's condition texts (the most frequent ones of CIS_CPD) and the typed conditions read from them. */
class PrescriptionConditionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "liste I|LISTE_I",
        "liste II|LISTE_II",
        "stupéfiants|STUPEFIANT",
        "soumis à une partie de la réglementation des stupéfiants|ASSIMILE_STUPEFIANT",
        "prescription en toutes lettres sur ordonnance sécurisée|ORDONNANCE_SECURISEE",
        "prescription limitée à 4 semaines|DUREE_LIMITEE",
        "délivrance fractionnée de 7 jours|DELIVRANCE_FRACTIONNEE",
        "réservé à l'usage HOSPITALIER|RESERVE_HOSPITALIER",
        "prescription hospitalière|PRESCRIPTION_HOSPITALIERE",
        "prescription initiale hospitalière annuelle|PRESCRIPTION_INITIALE_HOSPITALIERE",
        "prescription réservée aux spécialistes et services CARDIOLOGIE|PRESCRIPTION_RESERVEE_SPECIALISTES",
        "renouvellement de la prescription réservé aux spécialistes en MEDECINE INTERNE|PRESCRIPTION_RESERVEE_SPECIALISTES",
        "médicament nécessitant une surveillance particulière pendant le traitement|SURVEILLANCE_PARTICULIERE",
        "délivrance réservée aux pharmacies à usage intérieur|RESERVE_PUI",
        "réservé à l'usage professionnel DENTAIRE|USAGE_PROFESSIONNEL"})
    void eachPublishedTextGivesItsCondition(String text, PrescriptionCondition expected) {
        assertThat(PrescriptionCondition.parse(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource({"'liste III'", "'prescription par un médecin exerçant dans un service de dialyse'", "''"})
    void anUnrecognisedTextGivesNoConditionAndStaysAsText(String text) {
        assertThat(PrescriptionCondition.parse(text)).isEmpty();
        assertThat(PrescriptionCondition.of(List.of(text, "liste I"))).containsExactly(PrescriptionCondition.LISTE_I);
    }
}
