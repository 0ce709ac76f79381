package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galien users}: passwords on standard input only, first administrator, then --admin for everything. */
class UsersCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "Cheval agrafe pile 42";
    private static final String STAFF_PASSWORD = "Lune bleue sur le toit 7";

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    private Run galien(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new BufferedReader(new StringReader(stdin)),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void practiceWithFirstAdministrator() {
        assertThat(galien("", "demo").code()).isZero();
        Run first = galien(ADMIN_PASSWORD + "\n", "users", "add", "--login", "admin", "--name", "Hugo Technique",
                "--role", "ADMINISTRATEUR_TECHNIQUE");
        assertThat(first.code()).as(first.err()).isZero();
    }

    @Test
    void addThenListPrintsTheJsonContract() throws Exception {
        Run add = galien(ADMIN_PASSWORD + "\n" + STAFF_PASSWORD + "\n", "users", "add", "--admin", "admin",
                "--login", "claire", "--name", "Claire Invente", "--role", "pharmacien_titulaire",
                "--psc-id", "810000000001");
        assertThat(add.code()).as(add.err()).isZero();

        Run list = galien(ADMIN_PASSWORD + "\n", "users", "list", "--admin", "admin", "--json");

        assertThat(list.code()).as(list.err()).isZero();
        JsonNode array = JSON.readTree(list.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.get(0).fieldNames()).toIterable().containsExactly("id", "login", "role", "nationalId");
        assertThat(array.get(0).get("login").asText()).isEqualTo("admin");
        assertThat(array.get(0).get("nationalId").isNull()).isTrue();
        assertThat(array.get(1).get("role").asText()).isEqualTo("PHARMACIEN_TITULAIRE");
        assertThat(array.get(1).get("nationalId").asText()).isEqualTo("810000000001");
    }

    @Test
    void osUserCannotAddOnceAnAccountExists() {
        Run run = galien(STAFF_PASSWORD + "\n", "users", "add", "--login", "leo", "--name", "Léo Fictif",
                "--role", "PREPARATEUR");
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("USR-0003");
    }

    @Test
    void wrongAdminPasswordIsRefused() {
        Run run = galien("pas le bon mot de passe\n", "users", "list", "--admin", "admin");
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("ACC-0001").doesNotContain("pas le bon mot de passe");
    }

    @Test
    void disabledUserCanNoLongerAuthoriseCommands() {
        galien(ADMIN_PASSWORD + "\n" + STAFF_PASSWORD + "\n", "users", "add", "--admin", "admin",
                "--login", "claire", "--name", "Claire Invente", "--role", "PHARMACIEN_TITULAIRE");

        Run disable = galien(ADMIN_PASSWORD + "\n", "users", "disable", "claire", "--admin", "admin");

        assertThat(disable.code()).as(disable.err()).isZero();
        Run asClaire = galien(STAFF_PASSWORD + "\n", "users", "list", "--admin", "claire");
        assertThat(asClaire.err()).contains("ACC-0003");
    }

    @Test
    void resetPasswordReplacesThePassword() {
        galien(ADMIN_PASSWORD + "\n" + STAFF_PASSWORD + "\n", "users", "add", "--admin", "admin",
                "--login", "claire", "--name", "Claire Invente", "--role", "PHARMACIEN_TITULAIRE");

        Run reset = galien(ADMIN_PASSWORD + "\nUn tout nouveau secret 9\n", "users", "reset-password", "claire",
                "--admin", "admin");

        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(galien(STAFF_PASSWORD + "\n", "users", "list", "--admin", "claire").err()).contains("ACC-0001");
        assertThat(galien("Un tout nouveau secret 9\n", "users", "list", "--admin", "claire").code()).isZero();
    }

    @Test
    void missingPasswordOnStandardInputIsRefused() {
        Run run = galien("", "users", "list", "--admin", "admin");
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("USR-0001");
    }

    @Test
    void passwordIsNeverAnOption() {
        Run run = galien("", "users", "add", "--login", "leo", "--name", "Léo", "--role", "PREPARATEUR",
                "--password", STAFF_PASSWORD);
        assertThat(run.code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void accountEventsReachTheAuditTrail() {
        galien(ADMIN_PASSWORD + "\n" + STAFF_PASSWORD + "\n", "users", "add", "--admin", "admin",
                "--login", "claire", "--name", "Claire Invente", "--role", "PHARMACIEN_TITULAIRE");
        Run verify = galien(ADMIN_PASSWORD + "\n", "audit", "verify", "--user", "admin");
        assertThat(verify.code()).as(verify.err() + verify.out()).isZero();
    }
}
