package fr.galien.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.DatamatrixIdentity;
import fr.galien.core.identity.InsDatamatrix;
import fr.galien.core.identity.InsOid;
import fr.galien.core.scan.ScanResult.ApCvQr;
import fr.galien.core.scan.ScanResult.ErxIdentifier;
import fr.galien.core.scan.ScanResult.InsDatamatrixScan;
import fr.galien.core.scan.ScanResult.MedicineBox;
import fr.galien.core.scan.ScanResult.Unknown;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counter's scan field: each kind of code told apart, and every refusal saying what was read. */
class ScanFieldTest {

    private static final String GS = "\u001D";
    /** DOLIPRANE 1000 mg, 8 comprimés: a real CIP13, its GTIN-14. */
    private static final String CIP13 = "3400935955838";
    private static final String GTIN = "0" + CIP13;

    private static MedicineBox box(String scanned) {
        ScanResult result = ScanField.classify(scanned);
        assertThat(result).as(result.toString()).isInstanceOf(MedicineBox.class);
        return (MedicineBox) result;
    }

    private static Unknown unknown(String scanned) {
        ScanResult result = ScanField.classify(scanned);
        assertThat(result).as(result.toString()).isInstanceOf(Unknown.class);
        return (Unknown) result;
    }

    @Test
    void aGs1DataMatrixGivesCip13ExpiryLotAndSerial() {
        MedicineBox box = box("]d2" + "01" + GTIN + "17260331" + "10LOT42" + GS + "21SERIAL123");

        assertThat(box.cip13()).isEqualTo(CIP13);
        assertThat(box.expiry()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(box.lot()).isEqualTo("LOT42");
        assertThat(box.serial()).isEqualTo("SERIAL123");
        assertThat(box.guessed()).isFalse();
        assertThat(box.read()).isEqualTo("]d201" + GTIN + "17260331" + "10LOT42<GS>21SERIAL123");
    }

    @Test
    void theSeparatorMayBeTypedAsTextAndALeadingFnc1IsIgnored() {
        MedicineBox box = box(GS + "01" + GTIN + "21ABC" + "<GS>" + "17271200" + "10L1\n");

        assertThat(box.serial()).isEqualTo("ABC");
        assertThat(box.expiry()).as("day 00 is the end of the month").isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(box.lot()).isEqualTo("L1");
    }

    @Test
    void withoutAnySeparatorTheLotAndSerialSplitIsGuessedAndSaidSo() {
        MedicineBox box = box("01" + GTIN + "17260300" + "10ABC123" + "21XYZ789");

        assertThat(box.lot()).isEqualTo("ABC123");
        assertThat(box.serial()).isEqualTo("XYZ789");
        assertThat(box.expiry()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(box.guessed()).isTrue();
    }

    @Test
    void withoutSeparatorAFixedExpiryAfterTheSerialIsFound() {
        MedicineBox box = box("01" + GTIN + "21SER12345" + "17270131" + "10L01");

        assertThat(box.serial()).isEqualTo("SER12345");
        assertThat(box.expiry()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(box.lot()).isEqualTo("L01");
    }

    @Test
    void anExpiredLotIsRefusedWithItsDate() {
        MedicineBox box = box("]d201" + GTIN + "17240229" + "10LOTA" + GS + "21S1");

        assertThat(box.expiredOn(LocalDate.of(2024, 2, 29))).as("usable on its expiry day").isFalse();
        assertThat(box.expiredOn(LocalDate.of(2024, 3, 1))).isTrue();
        assertThatThrownBy(() -> ScanField.requireNotExpired(box, LocalDate.of(2024, 3, 1)))
                .hasMessageContaining("SCN-0005").hasMessageContaining("29/02/2024").hasMessageContaining("LOTA")
                .hasMessageContaining(CIP13);
        ScanField.requireNotExpired(box, LocalDate.of(2024, 2, 1));
    }

    @Test
    void aForeignGtinIsNotACip() {
        Unknown unknown = unknown("]d20104006381333931" + "17260331");

        assertThat(unknown.code()).isEqualTo(ScanError.SCN_0004);
        assertThat(unknown.message()).contains("04006381333931");
    }

    @Test
    void aWrongGtinCheckDigitOrABadDateOrAnUnknownAiIsExplained() {
        assertThat(unknown("]d20103400935955839").message()).contains("SCN-0003").contains("clé de contrôle");
        assertThat(unknown("]d201" + GTIN + "17261332").message()).contains("date").contains("261332");
        assertThat(unknown("]d201" + GTIN + "88ABC").message()).contains("« 88 » inconnu");
        assertThat(unknown("]d210LOT").message()).contains("pas de code produit");
        assertThat(unknown("]d201" + GTIN + "10" + "L".repeat(21)).message()).contains("dépasse 20");
    }

    @Test
    void anEan13CipIsABoxWithoutLot() {
        MedicineBox box = box(CIP13);

        assertThat(box.cip13()).isEqualTo(CIP13);
        assertThat(box.expiry()).isNull();
        assertThat(box.lot()).isNull();
        assertThat(box(GTIN).cip13()).isEqualTo(CIP13);
    }

    @Test
    void anEan13WithAWrongCheckDigitOrNotACipIsRefused() {
        Unknown wrong = unknown("3400935955839");
        assertThat(wrong.code()).isEqualTo(ScanError.SCN_0006);
        assertThat(wrong.message()).contains("attendue : 8");
        assertThat(unknown("4006381333931").code()).isEqualTo(ScanError.SCN_0012);
    }

    @Test
    void anEPrescriptionIdentifierIsRecognisedAlsoTypedByHand() {
        assertThat(ScanField.classify("01S2TBPZ2JCNZZYGHZ")).isEqualTo(
                new ErxIdentifier("01S2TBPZ2JCNZZYGHZ", "01S2TBPZ2JCNZZYGHZ"));
        assertThat(((ErxIdentifier) ScanField.classify("01s2 tbpz-2jcn zzyg hz\r\n")).identifier())
                .isEqualTo("01S2TBPZ2JCNZZYGHZ");
        assertThat(((ErxIdentifier) ScanField.classify("]Q101S2TBPZ2JCNZZYGHZ")).identifier())
                .isEqualTo("01S2TBPZ2JCNZZYGHZ");
    }

    @Test
    void anIdentifierWithAMissingCharacterIsNamedAsSuch() {
        Unknown unknown = unknown("01S2TBPZ2JCNZZYGH");

        assertThat(unknown.code()).isEqualTo(ScanError.SCN_0011);
        assertThat(unknown.message()).contains("17 caractère(s) au lieu de 18");
    }

    @Test
    void theAppliCarteVitaleQrGoesToIdentification() {
        assertThat(ScanField.classify("APCV1:TEST-ADRUN-ZOE\n"))
                .isEqualTo(new ApCvQr("APCV1:TEST-ADRUN-ZOE", "APCV1:TEST-ADRUN-ZOE"));
    }

    @Test
    void theInsDatamatrixGoesToTheIdentityFlow() {
        DatamatrixIdentity adrun = new DatamatrixIdentity("275126322074974", InsOid.NIR, List.of("ZOE"), "ADRUN",
                Sex.F, new BirthDate(1975, 12, 31), "63220");

        ScanResult result = ScanField.classify("]d1" + InsDatamatrix.encode(adrun));

        assertThat(result).isInstanceOf(InsDatamatrixScan.class);
        assertThat(((InsDatamatrixScan) result).identity()).isEqualTo(adrun);
        Unknown broken = unknown("IS01" + "0".repeat(22) + "S1275");
        assertThat(broken.code()).isEqualTo(ScanError.SCN_0007);
        assertThat(broken.message()).contains("INS-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bonjour", "12345", "https://exemple.fr/ordonnance", "ÉÀÇ"})
    void anythingElseIsUnknownSayingWhatWasRead(String text) {
        Unknown unknown = unknown(text);

        assertThat(unknown.code()).isEqualTo(ScanError.SCN_0002);
        assertThat(unknown.message()).contains("« " + text + " »");
        assertThat(unknown.read()).isEqualTo(text);
    }

    @Test
    void emptyAndOversizedInputsAreRefused() {
        assertThat(unknown("").code()).isEqualTo(ScanError.SCN_0001);
        assertThat(unknown(" \n").code()).isEqualTo(ScanError.SCN_0001);
        assertThat(unknown(null).code()).isEqualTo(ScanError.SCN_0001);
        Unknown huge = unknown("A".repeat(600));
        assertThat(huge.code()).isEqualTo(ScanError.SCN_0008);
        assertThat(huge.read()).hasSize(121).endsWith("…");
    }

    @Test
    void eachResultHasAFrenchKind() {
        assertThat(ScanField.kind(ScanField.classify(CIP13))).isEqualTo("boîte de médicament");
        assertThat(ScanField.kind(ScanField.classify("01S2TBPZ2JCNZZYGHZ"))).isEqualTo("ordonnance numérique");
        assertThat(ScanField.kind(ScanField.classify("?"))).isEqualTo("code non reconnu");
    }
}
