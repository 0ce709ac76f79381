package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, deliverable 3: import refusals that say what is wrong, where, and what to do. */
class ImportMessagesCliTest {

    private static final String HEADER = "id;birthName;firstNames;sex;birthDate\r\n";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private CliTest.Run galien(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void reimportingTheOwnExportSaysHowManyExistWhereAndOffersSkipOrUpdate() throws IOException {
        assertThat(galien("demo").code()).isZero();
        Path export = files.resolve("export.csv");
        assertThat(galien("patients", "export", export.toString()).code()).isZero();
        long exported = Files.readAllLines(export, StandardCharsets.UTF_8).size() - 1;

        CliTest.Run refused = galien("patients", "import", export.toString());
        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).contains("IO-0011", exported + " patient(s)", "ligne 2", "--existing skip",
                "--existing update").doesNotContain("CORE-0008", "23505");

        CliTest.Run skipped = galien("patients", "import", "--existing", "skip", export.toString());
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.out()).contains("0 patient(s) importé(s)", exported + " patient(s) déjà présent(s) ignoré(s)");

        CliTest.Run updated = galien("patients", "import", "--existing", "update", export.toString());
        assertThat(updated.code()).as(updated.err()).isZero();
        assertThat(updated.out()).contains(exported + " patient(s) déjà présent(s) mis à jour");
    }

    @Test
    void validationErrorsNameTheLineAndTheColumn() throws IOException {
        galien("demo");
        Path csv = Files.writeString(files.resolve("erreurs.csv"), HEADER
                + ";DUPONT;Jean;M;1980-01-02\r\n"
                + ";   ;Jean;M;1980-01-02\r\n"
                + ";MARTIN;Jean;M;2999-01-02\r\n", StandardCharsets.UTF_8);
        CliTest.Run refused = galien("patients", "import", csv.toString());
        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).contains("ligne 3, colonne birthName", "ligne 4, colonne birthDate", "APP-0009");
    }

    @Test
    void aLatin1CsvIsExplainedAndAcceptedWhenDeclared() throws IOException {
        galien("demo");
        Path csv = Files.write(files.resolve("excel.csv"), (HEADER + ";LEFÈVRE;Hélène;F;1975-03-04\r\n")
                .getBytes(Charset.forName("windows-1252")));
        CliTest.Run refused = galien("patients", "import", csv.toString());
        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).contains("IO-0010", "ligne 2", "Windows-1252", "--encoding latin1")
                .doesNotContain("Input length");

        CliTest.Run accepted = galien("patients", "import", "--encoding", "latin1", csv.toString());
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(galien("patients", "search", "lefevre").out()).contains("LEFÈVRE");
    }

    @Test
    void aHostileFhirNumberIsRefusedInFrenchWithItsPlace() throws IOException {
        galien("demo");
        Path json = Files.writeString(files.resolve("bombe.json"), "{\"resourceType\":\"Bundle\",\"type\":"
                + "\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\",\"valueQuantity\":"
                + "{\"value\":1e9999999}}}]}", StandardCharsets.UTF_8);
        CliTest.Run refused = galien("patients", "import", json.toString());
        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).contains("IO-0013", "ligne 1", "hors limites");
    }

    @Test
    void aDataDirectoryThatIsAFileIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(files.resolve("fichier"), "x");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", file.toString(), "db", "check"}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).isEqualTo(Cli.REFUSED);
        assertThat(err.toString()).contains("CORE-0010", "n'est pas un dossier").doesNotContain("CORE-0008");
    }
}
