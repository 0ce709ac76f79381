package fr.galien.core.drug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BdpmDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void latin1FilesAreReadWithTheirAccents() throws Exception {
        BdpmData data = BdpmDirectory.read(new BdpmFixture().write(dir, BdpmFixture.LATIN_1));

        assertThat(data.medicines()).hasSize(5);
        assertThat(data.medicines().get(4).name()).isEqualTo("ŒNOTHÈRE ÉPICÉE, gélule".replace("Œ", "?"));
    }

    @Test
    void utf8FilesAreReadWithTheirAccentsAndLigatures() throws Exception {
        BdpmData data = BdpmDirectory.read(new BdpmFixture().write(dir, StandardCharsets.UTF_8));

        assertThat(data.medicines().get(4).name()).isEqualTo("ŒNOTHÈRE ÉPICÉE, gélule");
        assertThat(data.medicines().get(3).routes()).containsExactly("intraveineuse", "intramusculaire");
        assertThat(data.medicines().get(0).holder()).isEqualTo("LABORATOIRE INVENTÉ");
    }

    @Test
    void windows1252FilesKeepTheirLigature() throws Exception {
        BdpmData data = BdpmDirectory.read(new BdpmFixture().write(dir, java.nio.charset.Charset.forName("windows-1252")));

        assertThat(data.medicines().get(4).name()).isEqualTo("ŒNOTHÈRE ÉPICÉE, gélule");
    }

    @Test
    void eachFileHasItsOwnEncoding() throws Exception {
        new BdpmFixture().write(dir, StandardCharsets.UTF_8);
        BdpmFixture latin = new BdpmFixture();
        Files.write(dir.resolve(BdpmDirectory.CONDITIONS),
                (String.join("\n", latin.files.get(BdpmDirectory.CONDITIONS)) + "\n").getBytes(BdpmFixture.LATIN_1));

        BdpmData data = BdpmDirectory.read(dir);

        assertThat(data.conditions()).extracting(BdpmData.ConditionRow::text)
                .contains("réservé à l'usage HOSPITALIER", "stupéfiants");
        assertThat(data.medicines().get(4).name()).startsWith("ŒNOTHÈRE");
    }

    @Test
    void presentationsKeepCip13RateAndPricesWithThousandsCommas() throws Exception {
        BdpmData data = BdpmDirectory.read(new BdpmFixture().write(dir, BdpmFixture.LATIN_1));

        BdpmData.PresentationRow generic = data.presentations().get(2);
        assertThat(generic.cip13()).isEqualTo("3400930000038");
        assertThat(generic.reimbursementRate()).isEqualTo(65);
        assertThat(generic.price()).isEqualByComparingTo("1001.11");
        assertThat(data.presentations().get(1).price()).isNull();
        assertThat(data.presentations().get(1).reimbursementRate()).isNull();
    }

    @Test
    void crlfLineEndsAndExtraColumnsAreAccepted() throws Exception {
        BdpmFixture fixture = new BdpmFixture();
        fixture.files.replaceAll((file, lines) -> lines.stream().map(l -> l + "\tcolonne future\r").toList());
        fixture.write(dir, StandardCharsets.UTF_8);

        BdpmData data = BdpmDirectory.read(dir);

        assertThat(data.medicines()).hasSize(5);
        assertThat(data.conditions().get(0).text()).isEqualTo("liste II");
    }

    @Test
    void aBrokenLineIsNamedWithItsFileAndNumber() throws Exception {
        new BdpmFixture().set(BdpmDirectory.PRESENTATIONS, 3, "62222222\t3000003\tplaquette\tPrésentation active"
                + "\tDéclaration de commercialisation\t16/03/2011\t34009300000\toui\t65%\t1,00\t2,00\t1,02\t")
                .write(dir, BdpmFixture.LATIN_1);

        assertThatThrownBy(() -> BdpmDirectory.read(dir)).isInstanceOf(SegurException.class)
                .hasMessageContaining("DRG-0003").hasMessageContaining("CIS_CIP_bdpm.txt")
                .hasMessageContaining("ligne 3").hasMessageContaining("« 34009300000 »")
                .hasMessageContaining("Rien n'a été importé");
    }

    @Test
    void aLineWithTooFewColumnsIsRefused() throws Exception {
        new BdpmFixture().add(BdpmDirectory.MEDICINES, "66666666\tTRONQUÉ").write(dir, BdpmFixture.LATIN_1);

        assertThatThrownBy(() -> BdpmDirectory.read(dir)).hasMessageContaining("CIS_bdpm.txt, ligne 6")
                .hasMessageContaining("2 colonne(s) au lieu d'au moins 7");
    }

    @Test
    void aDuplicateCisOrCip13IsRefusedNamingTheFirstLine() throws Exception {
        new BdpmFixture().add(BdpmDirectory.MEDICINES, new BdpmFixture().files.get(BdpmDirectory.MEDICINES).get(1))
                .write(dir, BdpmFixture.LATIN_1);

        assertThatThrownBy(() -> BdpmDirectory.read(dir)).hasMessageContaining("ligne 6")
                .hasMessageContaining("le code CIS 62222222 figure déjà à la ligne 2");
    }

    @Test
    void anUnknownGenericTypeIsRefused() throws Exception {
        new BdpmFixture().set(BdpmDirectory.GENERICS, 2, "77\tZÉPHYRINE\t62222222\t7\t2\t").write(dir,
                BdpmFixture.LATIN_1);

        assertThatThrownBy(() -> BdpmDirectory.read(dir)).hasMessageContaining("CIS_GENER_bdpm.txt, ligne 2")
                .hasMessageContaining("type de générique « 7 » inconnu");
    }

    @Test
    void aControlCharacterIsRefused() throws Exception {
        new BdpmFixture().set(BdpmDirectory.CONDITIONS, 1, "61111111\tliste\u0001II").write(dir,
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BdpmDirectory.read(dir)).hasMessageContaining("CIS_CPD_bdpm.txt, ligne 1")
                .hasMessageContaining("caractère de contrôle");
    }

    @Test
    void missingDirectoryAndMissingFileAreNamed() throws Exception {
        assertThatThrownBy(() -> BdpmDirectory.read(dir.resolve("absent"))).hasMessageContaining("DRG-0001");
        new BdpmFixture().write(dir, BdpmFixture.LATIN_1);
        Files.delete(dir.resolve(BdpmDirectory.GENERICS));
        assertThatThrownBy(() -> BdpmDirectory.read(dir)).hasMessageContaining("DRG-0002")
                .hasMessageContaining("CIS_GENER_bdpm.txt");
    }

    @Test
    void anEmptyMedicinesFileIsRefused() throws Exception {
        new BdpmFixture().write(dir, BdpmFixture.LATIN_1);
        Files.writeString(dir.resolve(BdpmDirectory.MEDICINES), "\n");
        assertThatThrownBy(() -> BdpmDirectory.read(dir)).hasMessageContaining("DRG-0006");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2,18|2.18", "1,001,11|1001.11", "12|12", "0,5|0.5", "1 234,56|1234.56"})
    void pricesUseADecimalComma(String text, String expected) {
        assertThat(BdpmDirectory.parsePrice(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "1,2,x", "-3,00", ",", "1,2345"})
    void unreadablePricesAreNull(String text) {
        assertThat(BdpmDirectory.parsePrice(text)).isNull();
    }

    @Test
    void theRealBdpmHasItsPublishedCounts() {
        Path real = BdpmFixture.realBdpmOrSkip();

        BdpmData data = BdpmDirectory.read(real);

        assertThat(data.medicines()).hasSize(15_112);
        assertThat(data.presentations()).hasSize(20_567);
        assertThat(data.generics()).hasSize(9_604);
        assertThat(data.substances()).hasSize(29_717);
        assertThat(data.conditions()).hasSize(22_220);
        assertThat(data.medicines()).anySatisfy(m -> assertThat(m.name()).isEqualTo("DOLIPRANE 1000 mg, comprimé"));
    }
}
