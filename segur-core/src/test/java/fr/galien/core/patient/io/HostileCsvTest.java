package fr.galien.core.patient.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.error.SegurException;
import java.io.StringReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, deliverable 4: hostile CSV never escapes as anything but a coded refusal, and cells and records are
 * bounded while reading (a 1 MB name or 10,000 columns cost what the cap allows, not what the file holds).
 */
class HostileCsvTest {

    private static final String HEADER = PatientCsv.HEADER_TEXT + "\r\n";

    @Property(tries = 300)
    void anyTextIsReadOrRefusedWithACode(@ForAll("hostile") String body) {
        try {
            CsvImport result = PatientCsv.read(new StringReader(HEADER + body));
            assertThat(result.patients().size()).isEqualTo(result.lines().size());
        } catch (SegurException refused) {
            assertThat(refused.code()).startsWith("IO-");
        }
    }

    @Property(tries = 200)
    void anyHeaderIsReadOrRefusedWithACode(@ForAll("hostile") String text) {
        try {
            PatientCsv.read(new StringReader(text));
        } catch (SegurException refused) {
            assertThat(refused.code()).startsWith("IO-");
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars(";\"\r\n|\\'=+-@\t\u0000\uFEFF\u202E").ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of("DUPONT;Jean;M;1980-01-02", "\"", "\"\"", ";;;;;;;;;;;;;;;;;;;;;;;;", "1e9999999",
                        "2999-01-01", "\u0000", "\uD83D\uDE00", "\uD800"));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Test
    void aHugeCellIsCappedAndNamedWithItsLine() {
        String huge = "A".repeat(CsvRecordReader.MAX_CELL_CHARS * 4);
        CsvImport result = PatientCsv.read(new StringReader(HEADER
                + ";" + huge + ";;Jean;M;1980-01-02;;;;;;;;;\r\n"));
        assertThat(result.patients()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.describe()).contains("ligne 2", "caractères");
        });
    }

    @Test
    void tenThousandColumnsAreCapped() {
        CsvImport result = PatientCsv.read(new StringReader(HEADER + ";".repeat(10_000) + "\r\n"));
        assertThat(result.errors()).singleElement().satisfies(error -> assertThat(error.line()).isEqualTo(2));
    }
}
