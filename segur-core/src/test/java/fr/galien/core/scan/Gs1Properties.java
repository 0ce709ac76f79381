package fr.galien.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.scan.ScanResult.MedicineBox;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** The GS1 parser and the scan field never fail with an undeclared exception, and read back what a box carries. */
class Gs1Properties {

    private static final String GS = "\u001D";

    @Property(tries = 3000)
    void anyTextIsClassifiedWithoutException(@ForAll @StringLength(max = 700) String text) {
        assertThat(ScanField.classify(text)).isNotNull();
    }

    @Property(tries = 5000)
    void gs1LookalikesAreClassifiedWithoutException(@ForAll("gs1ish") String text) {
        ScanResult result = ScanField.classify(text);
        assertThat(result).isNotNull();
        assertThat(result.read()).isNotNull();
    }

    @Property(tries = 3000)
    void theParserOnlyEverThrowsMalformed(@ForAll("gs1ish") String text) {
        try {
            assertThat(Gs1.parse(text).elements()).isNotNull();
        } catch (Gs1.Malformed expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void aBoxEncodedWithSeparatorsReadsBackExactly(@ForAll("cip13") String cip13, @ForAll("expiry") LocalDate expiry,
                                                    @ForAll("gs1Text") String lot, @ForAll("gs1Text") String serial,
                                                    @ForAll boolean serialFirst, @ForAll boolean aimPrefix) {
        String date = String.format("%02d%02d%02d", expiry.getYear() - 2000, expiry.getMonthValue(),
                expiry.getDayOfMonth());
        String body = serialFirst
                ? "010" + cip13 + "21" + serial + GS + "17" + date + "10" + lot
                : "010" + cip13 + "17" + date + "10" + lot + GS + "21" + serial;

        ScanResult result = ScanField.classify((aimPrefix ? "]d2" : "") + body);

        assertThat(result).isEqualTo(new MedicineBox(ScanField.printable((aimPrefix ? "]d2" : "") + body), cip13,
                expiry, lot, serial, false));
    }

    @Property(tries = 1000)
    void aPlainCipAlwaysReadsAsItsBox(@ForAll("cip13") String cip13) {
        assertThat(ScanField.classify(cip13)).isEqualTo(new MedicineBox(cip13, cip13, null, null, null, false));
    }

    @Provide
    Arbitrary<String> gs1ish() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("01", "17", "10", "21", "11", "240", "714", "91", GS, "<GS>", "]d2", "0340", "00",
                        "99"),
                Arbitraries.strings().withChars("0123456789ABCZ-/" + GS).ofMinLength(1).ofMaxLength(16));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> cip13() {
        return Arbitraries.strings().numeric().ofLength(9)
                .map(nine -> "340" + nine)
                .map(twelve -> twelve + Gs1.checkDigit(twelve));
    }

    @Provide
    Arbitrary<LocalDate> expiry() {
        return Arbitraries.integers().between(0, 365 * 30).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
    }

    @Provide
    Arbitrary<String> gs1Text() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./").ofMinLength(1)
                .ofMaxLength(20);
    }
}
