package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galien patients duplicates|merge|unmerge|merges} as a script sees them (docs/cli.md). */
class DuplicatesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private String original;
    private String duplicate;

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

    private String add(String birthName, String birthDate) throws Exception {
        Run add = galien("patients", "add", "--json", "--birth-name", birthName, "--first-name", "Philomène",
                "--sex", "F", "--birth-date", birthDate, "--birth-place", "35238");
        assertThat(add.code()).as(add.err()).isZero();
        return JSON.readTree(add.out()).get("id").asText();
    }

    @BeforeEach
    void demoWithOneDuplicate() throws Exception {
        assertThat(galien("demo").code()).isZero();
        original = add("VERMEERBROUCK", "14/07/1961");
        duplicate = add("VERMERBROUCK", "1961-07-14");
    }

    private JsonNode pairOf(JsonNode pairs, String id) {
        for (JsonNode pair : pairs) {
            if (pair.get("first").get("id").asText().equals(id) || pair.get("second").get("id").asText().equals(id)) {
                return pair;
            }
        }
        return null;
    }

    @Test
    void duplicatesListsThePairWithScoreReasonsAndBothPatients() throws Exception {
        Run run = galien("patients", "duplicates", "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode pair = pairOf(JSON.readTree(run.out()), original);
        assertThat(pair).isNotNull();
        assertThat(pair.fieldNames()).toIterable()
                .containsExactly("score", "reasons", "suggestedSurvivor", "first", "second");
        assertThat(pair.get("score").asInt()).isBetween(80, 100);
        assertThat(pair.get("reasons").get(0).fieldNames()).toIterable()
                .containsExactly("code", "forDuplicate", "text");
        assertThat(pair.get("reasons").findValuesAsText("code")).contains("SIMILAR_BIRTH_NAMES", "SAME_BIRTH_DATE");
        assertThat(List.of(pair.get("first").get("id").asText(), pair.get("second").get("id").asText()))
                .containsExactlyInAnyOrder(original, duplicate);
    }

    @Test
    void duplicatesInTextNamesThePairAndTheReasonsInFrench() {
        Run run = galien("patients", "duplicates");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("VERMEERBROUCK", "VERMERBROUCK", "Noms de naissance proches")
                .contains("paire(s) de doublons probables");
    }

    @Test
    void mergeThenUnmergeRoundTrips() throws Exception {
        Run merge = galien("patients", "merge", "--keep", original, "--retire", duplicate, "--json");
        assertThat(merge.code()).as(merge.err()).isZero();
        JsonNode record = JSON.readTree(merge.out());
        assertThat(record.get("survivorId").asText()).isEqualTo(original);
        assertThat(record.get("undone").asBoolean()).isFalse();
        assertThat(pairOf(JSON.readTree(galien("patients", "duplicates", "--json").out()), original)).isNull();
        assertThat(galien("patients", "search", "--json", "vermerbrouck").out()).doesNotContain(duplicate);

        JsonNode history = JSON.readTree(galien("patients", "merges", "--json").out());
        assertThat(history.get(0).get("id").asText()).isEqualTo(record.get("id").asText());

        Run unmerge = galien("patients", "unmerge", "--merge", record.get("id").asText(), "--json");
        assertThat(unmerge.code()).as(unmerge.err()).isZero();
        assertThat(JSON.readTree(unmerge.out()).get("undone").asBoolean()).isTrue();
        assertThat(galien("patients", "search", "--json", "vermerbrouck").out()).contains(duplicate);

        Run again = galien("patients", "unmerge", "--merge", record.get("id").asText());
        assertThat(again.code()).isEqualTo(Cli.REFUSED);
        assertThat(again.err()).contains("PAT-0015");
    }

    @Test
    void aMinimumScoreOfZeroIsRefused() {
        Run run = galien("patients", "duplicates", "--min-score", "0");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("PAT-0019");
    }

    @Test
    void mergingAPatientWithItselfIsRefused() {
        Run run = galien("patients", "merge", "--keep", original, "--retire", original);

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("PAT-0010");
    }
}
