package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.app.DemoPractice;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script sees it: exit codes, JSON contract (docs/cli.md), French refusals on stderr. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    private Run galien(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demoThenSearchReturnsMatchingPatientsAsJsonArray() throws Exception {
        assertThat(galien("demo").code()).isZero();

        Run search = galien("patients", "search", "--json", "dupo");

        assertThat(search.code()).isZero();
        JsonNode array = JSON.readTree(search.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isGreaterThan(1);
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "birthName", "usedName", "firstNames",
                "sex", "birthDate", "birthPlace", "identityStatus", "matricule", "oid");
        assertThat(first.get("identityStatus").asText()).isEqualTo("provisoire");
        assertThat(first.get("matricule").isNull()).isTrue();
        for (JsonNode patient : array) {
            String names = (patient.get("birthName").asText() + " " + patient.get("usedName").asText()).toLowerCase();
            assertThat(names).contains("dupo");
        }
    }

    @Test
    void addThenShowRoundTripsThePatient() throws Exception {
        galien("demo");
        Run add = galien("patients", "add", "--json", "--birth-name", "L'HERMITE-ÉTIENNE", "--first-name", "Zoé",
                "--first-name", "Anaïs", "--sex", "F", "--birth-date", "00/00/1950", "--birth-place", "99999");
        assertThat(add.code()).as(add.err()).isZero();
        JsonNode created = JSON.readTree(add.out());
        assertThat(created.get("birthDate").asText()).isEqualTo("1950-00-00");

        Run show = galien("patients", "show", "--json", created.get("id").asText());

        assertThat(JSON.readTree(show.out())).isEqualTo(created);
        assertThat(galien("patients", "search", "--json", "lhermite").out()).contains(created.get("id").asText());
    }

    @Test
    void anIdentityWithoutBirthPlaceIsRefusedAndOldFilesWithoutOneAreListed() throws Exception {
        galien("demo");
        Run add = galien("patients", "add", "--birth-name", "Essai", "--first-name", "Rose", "--sex", "F",
                "--birth-date", "02/04/1990");
        assertThat(add.code()).isEqualTo(Cli.REFUSED);
        assertThat(add.err()).contains("CORE-0001").contains("règle 5");

        Run incomplete = galien("patients", "incomplete", "--json");
        assertThat(incomplete.code()).as(incomplete.err()).isZero();
        JsonNode files = JSON.readTree(incomplete.out());
        assertThat(files.findValuesAsText("birthName")).contains("TCHITCHI", "INCERTAIN", "ANONYME");
        for (JsonNode file : files) {
            assertThat(file.get("birthPlace").isNull() || file.get("birthPlace").asText().isEmpty()).isTrue();
        }
    }

    @Test
    void refusalIsExitOneWithACodedFrenchMessage() {
        galien("demo");
        Run run = galien("patients", "add", "--birth-name", " ", "--first-name", "Jean", "--sex", "X",
                "--birth-date", "01/01/1990");
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("CORE-0001");
    }

    @Test
    void usageErrorIsExitTwo() {
        assertThat(galien("patients", "search").code()).isEqualTo(Cli.USAGE);
        assertThat(galien("nimporte-quoi").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void commandsRefuseWithoutAPractice() {
        Run run = galien("patients", "search", "martin");
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("APP-0001");
    }

    @Test
    void forbiddenDataDirectoryIsRefused() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", dataDir.resolve("x;INIT=RUNSCRIPT FROM 'evil'").toString(),
            "patients", "search", "a"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(Cli.REFUSED);
        assertThat(err.toString()).contains("CORE-0003");
    }

    @Test
    void exportThenImportInAnotherDirectoryKeepsEveryPatient() throws Exception {
        galien("demo");
        Path csv = dataDir.resolve("export.csv");
        Path fhir = dataDir.resolve("export.json");
        assertThat(galien("patients", "export", csv.toString()).code()).isZero();
        assertThat(galien("patients", "export", fhir.toString()).code()).isZero();
        assertThat(Files.readString(fhir)).contains("\"resourceType\": \"Bundle\"");

        Path other = dataDir.resolve("autre");
        for (Path file : List.of(csv, fhir)) {
            Path target = other.resolve(file.getFileName().toString());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Cli.run(new String[] {"--data-dir", target.toString(), "demo", "--profil", /* former spelling, an alias */ "CABINET_VETERINAIRE"},
                    new PrintWriter(out), new PrintWriter(err));
            // The demo vet practice has an account: the import runs as its vet (issue 14).
            int code = Cli.run(new String[] {"--data-dir", target.toString(), "patients", "import", file.toString(),
                "--user", DemoPractice.VET_LOGIN}, new BufferedReader(new StringReader(DemoPractice.VET_PASSWORD + "\n")),
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("255 patient(s) importé(s)"); // 240 invented, 3 planted duplicates, the INS cast of 12
        }
    }

    @Test
    void backupThenRestoreKeepsACopyOfTheCurrentDatabase() throws java.io.IOException {
        galien("demo");
        Path zip = dataDir.resolve("sauvegarde.zip");
        Path passphrase = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-phrase"),
                "phrase de passe du test\n");
        Path wrong = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-autre"),
                "une autre phrase de passe\n");
        Run withoutPassphrase = galien("db", "backup", zip.toString());
        assertThat(withoutPassphrase.err()).contains("STO-0015");
        assertThat(zip).doesNotExist();
        assertThat(galien("db", "backup", zip.toString(), "--passphrase-file", passphrase.toString()).code()).isZero();
        Run refused = galien("db", "restore", zip.toString(), "--passphrase-file", wrong.toString());
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("STO-0013", "n'a pas été touchée");
        Run restore = galien("db", "restore", zip.toString(), "--passphrase-file", passphrase.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("conservée");
        assertThat(galien("db", "check").code()).isZero();
        assertThat(galien("audit", "verify").code()).isZero();
    }
}
