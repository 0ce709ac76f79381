package fr.galien.core.patient.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: a Latin-1 CSV is named as such, with the line and how to convert; a declared Latin-1 CSV is read. */
class ImportTextTest {

    private static final String CSV = "birthName;firstNames;sex;birthDate\r\nDUPONT;Jean;M;1980-01-02\r\n"
            + "LEFÈVRE;Hélène;F;1975-03-04\r\n";

    @TempDir
    Path dir;

    @Test
    void aLatin1FileIsRefusedWithTheLineTheGuessAndTheWayOut() throws IOException {
        Path file = Files.write(dir.resolve("excel.csv"), CSV.getBytes(Charset.forName("windows-1252")));
        assertThatThrownBy(() -> ImportText.read(file, ImportText.Encoding.UTF8))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(IoError.IO_0010);
                    assertThat(e.getMessage()).contains("ligne 3", "Windows-1252", "iconv -f WINDOWS-1252 -t UTF-8",
                            "--encoding latin1").doesNotContain("Input length");
                });
    }

    @Test
    void aFileDeclaredLatin1IsReadWithItsAccents() throws IOException {
        Path file = Files.write(dir.resolve("excel.csv"), CSV.getBytes(Charset.forName("windows-1252")));
        CsvImport parsed = PatientCsv.read(new StringReader(ImportText.read(file, ImportText.Encoding.LATIN1)));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.patients()).extracting(p -> p.birthName()).containsExactly("DUPONT", "LEFÈVRE");
        assertThat(parsed.lines()).containsExactly(2, 3);
    }

    @Test
    void utf16IsRecognised() {
        byte[] bytes = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE);
        assertThat(ImportText.guess(new byte[] {(byte) 0xFF, (byte) 0xFE})).isEqualTo("UTF-16");
        assertThat(ImportText.guess(bytes)).isEqualTo("UTF-16");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = Files.write(dir.resolve("gros.csv"), new byte[4096]);
        String before = System.getProperty(ImportText.MAX_BYTES_PROPERTY);
        System.setProperty(ImportText.MAX_BYTES_PROPERTY, "1024");
        try {
            assertThatThrownBy(() -> ImportText.read(file, ImportText.Encoding.UTF8))
                    .isInstanceOfSatisfying(SegurException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(IoError.IO_0012);
                        assertThat(e.getMessage()).contains("Découpez-le");
                    });
        } finally {
            if (before == null) {
                System.clearProperty(ImportText.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(ImportText.MAX_BYTES_PROPERTY, before);
            }
        }
    }

    @Test
    void firstInvalidByteAndItsLine() {
        byte[] bytes = "a\nb\r\nc\u00E9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImportText.firstInvalidUtf8(bytes)).isEqualTo(6);
        assertThat(ImportText.lineOf(bytes, 6)).isEqualTo(3);
        assertThat(ImportText.firstInvalidUtf8("é€𝄞".getBytes(StandardCharsets.UTF_8))).isEqualTo(9);
    }
}
