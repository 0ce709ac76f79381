package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.storage.DatabaseSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galien psc login|whoami} on a demo data directory, against the real PSC simulator the command starts
 * in-process (offline): JSON contract of docs/cli.md, exit codes, exercise choice, audit.
 */
class PscCliTest {

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
    void theDemoPharmacistLogsInOfflineAndIsPrintedAsJson() throws Exception {
        galien("demo");

        Run login = galien("psc", "login", "--national-id", "899900000001");

        assertThat(login.code()).as(login.err()).isZero();
        JsonNode who = JSON.readTree(login.out());
        assertThat(who.fieldNames()).toIterable().containsExactly("nationalId", "lastName", "firstName", "role",
                "exercise", "acr");
        assertThat(who.get("nationalId").asText()).isEqualTo("899900000001");
        assertThat(who.get("role").asText()).isEqualTo("PHARMACIEN_TITULAIRE");
        assertThat(who.get("exercise").fieldNames()).toIterable().containsExactly("professionCode",
                "professionLabel", "structureName", "finess");
        assertThat(who.get("exercise").get("professionCode").asText()).isEqualTo("21");
        assertThat(who.get("acr").asText()).isNotBlank();
        assertThat(login.err()).as("French progress on stderr").contains("Bac à sable");
    }

    @Test
    void theLoginIsAuditedAndTheSessionEndsWithTheCommand() {
        galien("demo");

        galien("psc", "login", "--national-id", "899900000001");

        assertThat(actions("psc:899900000001")).containsExactly(AuditAction.LOGIN, AuditAction.LOGOUT);
    }

    @Test
    void severalExercisesWithoutAChoiceAreRefusedWithTheNumberedList() {
        galien("demo");

        Run login = galien("psc", "login", "--national-id", "899900000007");

        assertThat(login.code()).isEqualTo(Cli.REFUSED);
        assertThat(login.err()).contains("PCL-0001").contains("--exercise").contains("  1. ").contains("  2. ");
        assertThat(login.out()).isEmpty();
        assertThat(actions("psc:899900000007")).doesNotContain(AuditAction.LOGIN);
    }

    @Test
    void theChosenExerciseIsTheOnePrinted() throws Exception {
        galien("demo");
        String second = galien("psc", "login", "--national-id", "899900000007").err().lines()
                .filter(line -> line.startsWith("  2. ")).findFirst().orElseThrow();

        Run login = galien("psc", "login", "--national-id", "899900000007", "--exercise", "2");

        assertThat(login.code()).as(login.err()).isZero();
        assertThat(second).endsWith(JSON.readTree(login.out()).get("exercise").get("structureName").asText());
    }

    @Test
    void aBlockedECpsIsRefusedWithAPscCode() {
        galien("demo");

        Run login = galien("psc", "login", "--national-id", "899900000008");

        assertThat(login.code()).isEqualTo(Cli.REFUSED);
        assertThat(login.err()).contains("PSC-");
        assertThat(login.out()).isEmpty();
    }

    @Test
    void whoamiShowsTheLastLoginAndSaysANewLoginIsNeeded() throws Exception {
        galien("demo");
        galien("psc", "login", "--national-id", "899900000001");

        Run whoami = galien("psc", "whoami");

        assertThat(whoami.code()).as(whoami.err()).isZero();
        JsonNode last = JSON.readTree(whoami.out());
        assertThat(last.get("nationalId").asText()).isEqualTo("899900000001");
        assertThat(last.get("sessionActive").asBoolean()).isFalse();
        assertThat(last.has("loggedInAt")).isTrue();
        assertThat(whoami.err()).contains("galien psc login --national-id 899900000001");
    }

    @Test
    void whoamiWithoutAnyLoginIsRefused() {
        galien("demo");

        Run whoami = galien("psc", "whoami");

        assertThat(whoami.code()).isEqualTo(Cli.REFUSED);
        assertThat(whoami.err()).contains("PCL-0002");
    }

    @Test
    void loginWithoutANationalIdIsAUsageError() {
        assertThat(galien("psc", "login").code()).isEqualTo(Cli.USAGE);
    }

    private List<AuditAction> actions(String userId) {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            List<AuditRecord> latest = runtime.database().read(connection -> AuditQueries.latest(connection, 100));
            List<AuditAction> actions = new ArrayList<>(latest.stream()
                    .filter(record -> userId.equals(record.userId())).map(AuditRecord::action).toList());
            Collections.reverse(actions);
            return actions;
        }
    }
}
