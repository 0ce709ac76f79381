package fr.galien.core.patient.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientCsvTest {

    private static final String HEADER = PatientCsv.HEADER_TEXT + "\r\n";

    private static Patient patient(String birthName, String usedName, List<String> firstNames, String address) {
        return new Patient(UUID.randomUUID(), birthName, usedName, firstNames, Sex.F, new BirthDate(1980, 3, 12),
                "2A004", new Contact("06 00 00 00 01", "eloise@example.org", address, "20000", "Ajaccio"),
                IdentityStatus.PROVISOIRE, null, null, Set.of(), false, 0);
    }

    private static List<Patient> roundTrip(List<Patient> patients) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PatientCsv.write(patients, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        CsvImport result = PatientCsv.read(
                new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result.patients();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Éloïse-Anaïs", "<html><b>x", "'; DROP TABLE patient; --", "Zoé 👩‍⚕️🎉",
            "LE \"GRAND\" ; DUPONT", "=HYPERLINK(\"http://x\")", "+33", "@SUM(A1)", "-1+2", "-Anne", "'=déjà",
            "'apostrophe", " espaces autour ", "a|b\\c"})
    void trickyNamesSurviveARoundTrip(String name) {
        Patient original = patient(name, name, List.of(name, "Marie Thérèse"), name);

        assertThat(roundTrip(List.of(original))).containsExactly(original);
    }

    @Test
    void twoHundredCharacterNameSurvivesARoundTrip() {
        Patient original = patient("É".repeat(200), null, List.of("a".repeat(200)), null);

        assertThat(roundTrip(List.of(original))).containsExactly(original);
    }

    @Test
    void newlinesInsideAnAddressSurviveARoundTrip() {
        Patient original = patient("MARTIN", null, List.of("Noël"), "3 rue des Lilas\r\nBâtiment B\nEscalier 2");

        assertThat(roundTrip(List.of(original))).containsExactly(original);
    }

    @Test
    void partialBirthDatesSurviveARoundTrip() {
        Patient yearOnly = patient("DUPONT", null, List.of("Jean"), null);
        yearOnly = new Patient(yearOnly.id(), "DUPONT", null, List.of("Jean"), Sex.M, new BirthDate(1980, 0, 0),
                null, Contact.NONE, IdentityStatus.PROVISOIRE, null, null, Set.of(), false, 0);
        Patient monthKnown = new Patient(UUID.randomUUID(), "DUPOND", null, List.of("Anne"), Sex.I,
                new BirthDate(1975, 3, 0), null, Contact.NONE, IdentityStatus.QUALIFIEE, null, null, Set.of(), false, 0);

        assertThat(roundTrip(List.of(yearOnly, monthKnown))).containsExactly(yearOnly, monthKnown);
    }

    @Test
    void exportStartsWithBomAndHeaderAndUsesCrlf() {
        StringWriter out = new StringWriter();
        PatientCsv.write(List.of(patient("MARTIN", null, List.of("Jean", "Pierre"), null)), out);

        assertThat(out.toString()).startsWith("\uFEFF" + HEADER).endsWith("\r\n").contains(";Jean|Pierre;F;1980-03-12;");
    }

    @Test
    void exportPrefixesFormulaLikeCellsWithAnApostrophe() {
        StringWriter out = new StringWriter();
        PatientCsv.write(List.of(patient("=1+1", "-2", List.of("@x"), null)), out);

        assertThat(out.toString()).contains(";'=1+1;'-2;'@x;").doesNotContain(";=");
    }

    @Test
    void exportLeavesNamesStartingWithAHyphenAndLettersAlone() {
        assertThat(PatientCsv.needsFormulaGuard("-Anne")).isFalse();
        assertThat(PatientCsv.needsFormulaGuard("-")).isFalse();
    }

    @Test
    void importAcceptsMinimalColumnsInAnyOrderWithoutBomAndWithLf() {
        String csv = "sex;birthDate;firstNames;birthName\nF;1980-00-00;Éloïse|Marie;D'ARCY\n";

        CsvImport result = PatientCsv.read(new StringReader(csv));

        assertThat(result.errors()).isEmpty();
        Patient p = result.patients().get(0);
        assertThat(p.birthName()).isEqualTo("D'ARCY");
        assertThat(p.firstNames()).containsExactly("Éloïse", "Marie");
        assertThat(p.birthDate()).isEqualTo(new BirthDate(1980, 0, 0));
        assertThat(p.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
        assertThat(p.id()).isNotNull();
        assertThat(p.contact()).isEqualTo(Contact.NONE);
    }

    @Test
    void importSkipsTheBomOfAnExcelFile() {
        byte[] bytes = ("\uFEFF" + "birthName;firstNames;sex;birthDate\r\nLE GALL;Anaïs;F;1990-01-02\r\n")
                .getBytes(StandardCharsets.UTF_8);

        CsvImport result = PatientCsv.read(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8));

        assertThat(result.errors()).isEmpty();
        assertThat(result.patients()).extracting(Patient::birthName).containsExactly("LE GALL");
    }

    @Test
    void badCellsAreReportedWithTheirLineNumberAndTheOtherLinesImported() {
        String csv = "birthName;firstNames;sex;birthDate;identityStatus;address\r\n"
                + "MARTIN;Jean;M;1980-02-30;;\r\n"          // line 2: impossible date
                + "BERNARD;Anne;X;1980-02-01;;\r\n"         // line 3: unknown sex
                + "PETIT;Luc;M;1970-01-01;;\"1 rue\nB\"\r\n" // lines 4-5: fine, address spans two lines
                + "\r\n"                                    // line 6: blank, ignored
                + "ROUX;Léa;F;2001-05-06;qualifiée;\r\n"    // line 7: unknown status (accented)
                + "DURAND;Paul;M\r\n";                      // line 8: too few cells

        CsvImport result = PatientCsv.read(new StringReader(csv));

        assertThat(result.patients()).extracting(Patient::birthName).containsExactly("PETIT");
        assertThat(result.errors()).extracting(CsvLineError::line, CsvLineError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "birthDate"),
                        org.assertj.core.groups.Tuple.tuple(3, "sex"),
                        org.assertj.core.groups.Tuple.tuple(7, "identityStatus"),
                        org.assertj.core.groups.Tuple.tuple(8, null));
        assertThat(result.errors().get(0).describe())
                .isEqualTo("ligne 2, colonne birthDate : date de naissance « 1980-02-30 » invalide : "
                        + "format aaaa-mm-jj attendu (00 pour un jour ou un mois inconnu)");
        assertThat(result.errors().get(3).text()).isEqualTo("3 colonne(s) au lieu de 6");
    }

    @Test
    void lineNumbersAboveAThousandAreNotFormattedWithGroupSeparators() {
        StringBuilder csv = new StringBuilder("birthName;firstNames;sex;birthDate\n");
        for (int i = 2; i < 1234; i++) {
            csv.append("A;B;M;1980-01-01\n");
        }
        csv.append("A;B;Z;1980-01-01\n");

        CsvImport result = PatientCsv.read(new StringReader(csv.toString()));

        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.describe()).startsWith("ligne 1234,"));
    }

    @Test
    void unterminatedQuoteIsReportedOnTheLineWhereTheRecordStarts() {
        String csv = "birthName;firstNames;sex;birthDate\nMARTIN;Jean;M;1980-01-01\n\"OPEN;Jean;M;1980-01-01\n";

        CsvImport result = PatientCsv.read(new StringReader(csv));

        assertThat(result.patients()).hasSize(1);
        assertThat(result.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(IoMessage.CSV_QUOTE_UNTERMINATED))
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void textAfterAClosingQuoteIsReported() {
        String csv = "birthName;firstNames;sex;birthDate\n\"MAR\"TIN;Jean;M;1980-01-01\n";

        CsvImport result = PatientCsv.read(new StringReader(csv));

        assertThat(result.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(IoMessage.CSV_QUOTE_MISPLACED));
    }

    @Test
    void invalidIdIsReported() {
        String csv = "id;birthName;firstNames;sex;birthDate\nnot-a-uuid;MARTIN;Jean;M;1980-01-01\n";

        assertThat(PatientCsv.read(new StringReader(csv)).errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"));
    }

    @Test
    void unknownHeaderColumnRefusesTheFile() {
        String csv = "birthName;firstNames;sex;birthDate;nom\nMARTIN;Jean;M;1980-01-01;x\n";

        assertThatThrownBy(() -> PatientCsv.read(new StringReader(csv)))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("IO-0001");
                    assertThat(e.userMessage()).startsWith("Colonne(s) inconnue(s) dans l'en-tête CSV : nom.");
                });
    }

    @Test
    void missingRequiredColumnRefusesTheFile() {
        String csv = "birthName;firstNames\nMARTIN;Jean\n";

        assertThatThrownBy(() -> PatientCsv.read(new StringReader(csv)))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("IO-0002");
                    assertThat(e.userMessage()).contains("sex, birthDate");
                });
    }

    @Test
    void duplicatedHeaderColumnRefusesTheFile() {
        String csv = "birthName;firstNames;sex;birthDate;sex\n";

        assertThatThrownBy(() -> PatientCsv.read(new StringReader(csv)))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("IO-0003"));
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> PatientCsv.read(new StringReader("\uFEFF")))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("IO-0004"));
    }

    @Test
    void headerOnlyFileImportsNothing() {
        CsvImport result = PatientCsv.read(new StringReader(HEADER));

        assertThat(result.patients()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void firstNamesWithPipeAndBackslashAreEscaped() {
        assertThat(PatientCsv.joinFirstNames(List.of("a|b", "c\\d", "Jean Pierre"))).isEqualTo("a\\|b|c\\\\d|Jean Pierre");
        assertThat(PatientCsv.splitFirstNames("a\\|b|c\\\\d|Jean Pierre")).containsExactly("a|b", "c\\d", "Jean Pierre");
    }
}
