package fr.galien.core.ordonnance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PosologyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1    | comprimé         | 3 | JOUR    |                   | 1 comprimé 3 fois par jour",
            "0.5  | comprimé         | 1 | JOUR    | le soir           | 1/2 comprimé le soir",
            "2    | gélule           | 2 | JOUR    | au cours des repas| 2 gélules 2 fois par jour, au cours des repas",
            "1.5  | comprimé         | 2 | JOUR    |                   | 1 et 1/2 comprimés 2 fois par jour",
            "0.25 | comprimé         | 1 | JOUR    |                   | 1/4 comprimé 1 fois par jour",
            "2.5  | mL               | 3 | JOUR    |                   | 2 et 1/2 mL 3 fois par jour",
            "1    | sachet           | 1 | SEMAINE |                   | 1 sachet 1 fois par semaine",
            "2    | cuillère à café  | 3 | JOUR    |                   | 2 cuillères à café 3 fois par jour",
            "3    | gouttes          | 2 | JOUR    |                   | 3 gouttes 2 fois par jour",
            "0.3  | mL               | 1 | JOUR    |                   | 0,3 mL 1 fois par jour",
    })
    void structuredPosologyReadsAsPlainFrench(String dose, String unit, int times, Posology.Period period,
                                             String moment, String expected) {
        assertThat(Posology.structured(new BigDecimal(dose), unit, times, period, moment).toFrench())
                .isEqualTo(expected);
    }

    @Test
    void freeTextIsPrintedAsWritten() {
        assertThat(Posology.free("  selon schéma joint ").toFrench()).isEqualTo("selon schéma joint");
    }

    @Test
    void zeroDoseIsRefused() {
        assertThatThrownBy(() -> Posology.structured(BigDecimal.ZERO, "comprimé", 1, Posology.Period.JOUR, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationAndRenewalsReadAsFrench() {
        assertThat(TreatmentDuration.days(1).toFrench()).isEqualTo("pendant 1 jour");
        assertThat(new TreatmentDuration(3, TreatmentDuration.Unit.MOIS).toFrench()).isEqualTo("pendant 3 mois");
        assertThat(new TreatmentDuration(2, TreatmentDuration.Unit.SEMAINES).toFrench()).isEqualTo("pendant 2 semaines");
    }

    @Test
    void identifierIsGroupedByFourForKeying() {
        assertThat(new OrdonnanceDelivery.Electronic("01S2TBPZ2JCNZZYGHZ").grouped())
                .isEqualTo("01S2 TBPZ 2JCN ZZYG HZ");
        assertThatThrownBy(() -> new OrdonnanceDelivery.Electronic("01s2tbpz")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void rppsIsTakenFromThePscNationalId() {
        assertThat(Prescriber.rppsFromNationalId("810000000001")).isEqualTo("10000000001");
        assertThat(Prescriber.rppsFromNationalId("10000000001")).isEqualTo("10000000001");
        assertThat(Prescriber.rppsFromNationalId("0B1234567")).isNull();
    }
}
