package fr.galien.core.eprescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.NotDispensedReason;
import fr.galien.core.port.EPrescriptionPort.PeriodUnit;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.port.EPrescriptionPort.StructuredPosology;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The pure parts of the e-prescription rules: what a scan may be, how local lines are kept. */
class EPrescriptionRulesTest {

    @ParameterizedTest
    @CsvSource({"01S2TBPZ2JCNZZYGHZ, 01S2TBPZ2JCNZZYGHZ", "' 01s2tbpz2jcnzzyghz ', 01S2TBPZ2JCNZZYGHZ"})
    void aScannedIdentifierIsTrimmedAndUpperCased(String scanned, String identifier) {
        assertThat(EPrescriptions.identifier(scanned)).isEqualTo(identifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01S2TBPZ2JCNZZYGH", "01S2TBPZ2JCNZZYGHZZ", "01S2TBPZ2JCNZZ-GHZ", "]d2010340093595583817",
            "APCV1:ABCDEF"})
    void anythingElseIsRefusedWithItsCode(String scanned) {
        assertThatThrownBy(() -> EPrescriptions.identifier(scanned)).isInstanceOf(SegurException.class)
                .satisfies(e -> assertThat(((SegurException) e).code()).isEqualTo("ERX-0002"));
    }

    @Test
    void identifierRootIsTheCdaOne() {
        assertThat(EPrescriptionPort.IDENTIFIER_ROOT).isEqualTo("1.2.250.1.215.500.1.1");
    }

    @Test
    void prescribedLinesSurviveTheLocalRecord() {
        List<PrescribedLine> lines = List.of(
                new PrescribedLine(1, new Product(CodeSystem.CIP13, "3400935955838", "DOLIPRANE = 1000 mg : « é »"),
                        new Posology("1 cp 3×/j\nsi douleur", Optional.of(new StructuredPosology(new BigDecimal("1.5"),
                                "comprimé", 3, 1, PeriodUnit.DAY))), new BigDecimal("2"), "boîte", 5, 2, true, true),
                new PrescribedLine(2, new Product(CodeSystem.SUBSTANCE, "2202", "PARACETAMOL"),
                        Posology.free("4 g par jour au plus"), BigDecimal.ONE, "flacon", null, 0, false, false));

        assertThat(LineCodec.prescribed(LineCodec.prescribed(lines))).isEqualTo(lines);
        assertThat(LineCodec.prescribed(lines)).as("the same lines, the same text").isEqualTo(
                LineCodec.prescribed(List.copyOf(lines)));
    }

    @Test
    void dispensedLinesSurviveTheLocalRecord() {
        List<DispensedLine> lines = List.of(
                new DispensedLine(1, BigDecimal.ONE, Completeness.PARTIAL, null, null),
                new DispensedLine(2, BigDecimal.ONE, Completeness.COMPLETE,
                        new Product(CodeSystem.CIP13, "3400934433825", "AMODEX 1 g"), null),
                new DispensedLine(3, BigDecimal.ZERO, Completeness.NOT_DISPENSED, null, NotDispensedReason.RUPTURE));

        assertThat(LineCodec.dispensed(LineCodec.dispensed(lines))).isEqualTo(lines);
    }

    @Test
    void aLineMayBeDispensedOncePlusOncePerRenewal() {
        PrescribedLine line = new PrescribedLine(1, new Product(CodeSystem.CIP13, "3400935955838", ""),
                Posology.free("x"), new BigDecimal("2"), null, null, 3, false, false);
        assertThat(line.totalAllowed()).isEqualByComparingTo("8");
        assertThat(line.quantityUnit()).isEqualTo("boîte");
    }
}
