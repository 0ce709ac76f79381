package fr.galien.core.drug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void writingThenReadingGivesTheSameRows() throws Exception {
        BdpmData data = BdpmDirectory.read(new BdpmFixture().write(dir, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CompactCatalogue.write(data, "ANSM", "2021-05", out);
        BdpmData read = CompactCatalogue.read(new ByteArrayInputStream(out.toByteArray()), "test");

        assertThat(read.medicines()).isEqualTo(data.medicines());
        assertThat(read.presentations()).usingRecursiveComparison().withComparatorForType(
                java.math.BigDecimal::compareTo, java.math.BigDecimal.class).isEqualTo(data.presentations());
        assertThat(read.substances()).isEqualTo(data.substances());
        assertThat(read.generics()).isEqualTo(data.generics());
        assertThat(read.conditions()).isEqualTo(data.conditions());
        assertThat(read.source()).contains("ANSM").contains("2021-05");
    }

    @Test
    void aFileThatIsNotACompactCatalogueIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("autre chose\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CompactCatalogue.read(new ByteArrayInputStream(bytes.toByteArray()), "x.gz"))
                .hasMessageContaining("DRG-0007").hasMessageContaining("en-tête");
        assertThatThrownBy(() -> CompactCatalogue.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "y.gz"))
                .hasMessageContaining("DRG-0007");
    }

    @Test
    void theBundledCatalogueIsTheWholeBdpmInAFewMegabytes() throws Exception {
        try (InputStream in = JdbcDrugCatalogue.bundledResource()) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes.length).isLessThan(4 * 1024 * 1024);
            BdpmData data = CompactCatalogue.read(new ByteArrayInputStream(bytes), CompactCatalogue.RESOURCE);
            assertThat(data.medicines()).hasSize(15_112);
            assertThat(data.presentations()).hasSize(20_567);
            assertThat(data.source()).contains("ANSM").contains("2021-05");
        }
    }
}
