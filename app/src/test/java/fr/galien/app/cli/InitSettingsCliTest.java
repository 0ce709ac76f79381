package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.storage.DatabaseSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galien init} and {@code galien settings} configure a real pharmacy from a shell (issue 10, ADR 0023): the
 * practice is real, starts no simulator, says « non configuré » for INSi until {@code ins.endpoint} is set; a
 * training practice ({@code --sandbox}) is the one that gets the simulators.
 */
class InitSettingsCliTest {

    private static final String ENDPOINT = "https://insi.exemple.test/services/insi";

    @TempDir
    Path dataDir;

    private CliTest.Run galien(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    private GalienRuntime open() {
        return GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
    }

    private static SegurService<?> ins(GalienRuntime runtime) {
        return runtime.services().all().stream().filter(service -> service.descriptor().id().equals("ins"))
                .findFirst().orElseThrow();
    }

    /** Starts the modules as the command line does; fails the test if it asks for the simulators. */
    private static Health insHealthWithoutSimulators(GalienRuntime runtime) {
        AtomicBoolean simulatorsAsked = new AtomicBoolean();
        try (NationalServices services = NationalServices.start(runtime, new PrintWriter(new StringWriter()),
                Optional.empty(), null, () -> {
                    simulatorsAsked.set(true);
                    throw new AssertionError("a real practice must not start a simulator");
                })) {
            assertThat(simulatorsAsked).isFalse();
            return runtime.moduleHealth(ins(runtime));
        }
    }

    @Test
    void initThenSettingsConfigureARealPharmacyThatNeverStartsASimulator() {
        CliTest.Run init = galien("init", "--profile", "OFFICINE", "--name", "Pharmacie des Tilleuls (inventée)",
                "--finess", "750000010", "--siret", "12345678900015");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Cabinet créé", "réelle", "galien settings set ins.endpoint");

        try (GalienRuntime runtime = open()) {
            Practice practice = runtime.requirePractice();
            assertThat(practice.mode()).isEqualTo(PracticeMode.REAL);
            assertThat(practice.profile()).isEqualTo(PracticeProfile.OFFICINE);
            assertThat(practice.finess()).isEqualTo("750000010");
            assertThat(InProcessSandbox.servesPracticeOf(runtime)).isFalse();
            Health before = insHealthWithoutSimulators(runtime);
            assertThat(before.state()).isEqualTo(Health.State.INDISPONIBLE);
            assertThat(before.detail()).contains("non configuré", "ins.endpoint");
        }

        assertThat(galien("settings", "get", "ins.endpoint").out()).contains("(non renseigné)");
        CliTest.Run set = galien("settings", "set", "ins.endpoint", ENDPOINT);
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(galien("settings", "get", "ins.endpoint").out()).contains(ENDPOINT);

        try (GalienRuntime runtime = open()) {
            assertThat(InProcessSandbox.servesPracticeOf(runtime)).isFalse();
            Health after = insHealthWithoutSimulators(runtime);
            assertThat(after.detail()).doesNotContain("non configuré");
            List<AuditRecord> audit = runtime.database().read(connection -> AuditQueries.latest(connection, 50));
            assertThat(audit).anyMatch(record -> ("setting ins.endpoint=" + ENDPOINT).equals(record.detail()));
        }

        CliTest.Run again = galien("init", "--profile", "CABINET_MEDICAL", "--name", "Autre");
        assertThat(again.code()).isEqualTo(Cli.REFUSED);
        assertThat(again.err()).contains("CFG-0005", "Pharmacie des Tilleuls");
    }

    @Test
    void aTrainingPracticeIsTheOneOnTheSimulators() {
        CliTest.Run init = galien("init", "--profile", "CABINET_MEDICAL", "--name", "Cabinet école", "--sandbox");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("formation", "bac à sable");
        try (GalienRuntime runtime = open()) {
            assertThat(runtime.requirePractice().mode()).isEqualTo(PracticeMode.TRAINING);
            assertThat(runtime.requirePractice().simulated()).isTrue();
            assertThat(InProcessSandbox.servesPracticeOf(runtime)).isTrue();
        }
    }

    @Test
    void finessAndSiretAreCheckedWithTheirKey() {
        CliTest.Run finess = galien("init", "--profile", "OFFICINE", "--name", "P", "--finess", "750000011");
        assertThat(finess.code()).isEqualTo(Cli.REFUSED);
        assertThat(finess.err()).contains("CFG-0006", "750000011");
        CliTest.Run siret = galien("init", "--profile", "OFFICINE", "--name", "P", "--siret", "1234567890001");
        assertThat(siret.code()).isEqualTo(Cli.REFUSED);
        assertThat(siret.err()).contains("CFG-0007");
        CliTest.Run name = galien("init", "--profile", "OFFICINE", "--name", "  ");
        assertThat(name.err()).contains("CFG-0009");
        assertThat(galien("settings", "list").err()).contains("APP-0001"); // nothing was created
    }

    @Test
    void valuesAreValidatedPerKeyAndSecretsNeverPrintedNorAudited() {
        assertThat(galien("init", "--profile", "OFFICINE", "--name", "Pharmacie inventée").code()).isZero();

        CliTest.Run url = galien("settings", "set", "ins.endpoint", "pas une adresse");
        assertThat(url.code()).isEqualTo(Cli.REFUSED);
        assertThat(url.err()).contains("CFG-0002", "ins.endpoint");
        assertThat(galien("settings", "set", "psc.issuer", "ftp://exemple.test").err()).contains("CFG-0002");
        assertThat(galien("settings", "set", "ins.timeout-ms", "dix").err()).contains("CFG-0003");
        assertThat(galien("settings", "set", "audit.syslog.tls", "peut-être").err()).contains("CFG-0004");
        assertThat(galien("settings", "set", "ins.endpoint", " ").err()).contains("CFG-0008", "unset");
        CliTest.Run unknown = galien("settings", "set", "ins.inconnu", "1");
        assertThat(unknown.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("CFG-0001");

        assertThat(galien("settings", "set", "ins.timeout-ms", "15000").code()).isZero();
        CliTest.Run secret = galien("settings", "set", "ins.tls.keystore-password", "Motdepasse-invente-42");
        assertThat(secret.code()).as(secret.err()).isZero();
        assertThat(secret.out()).doesNotContain("Motdepasse-invente-42");

        CliTest.Run list = galien("settings", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("ins.endpoint = (non renseigné)", "Adresse du téléservice INSi",
                "ins.timeout-ms = 15000", "ins.connect-timeout-ms = 3000 (défaut)", "ins.tls.keystore-password = (secret renseigné)",
                "psc.clientSecret = (secret", AccountPolicyKeys.ADMIN_MIN_LENGTH, "session.logoutMinutes")
                .doesNotContain("Motdepasse-invente-42");
        assertThat(galien("settings", "get", "ins.tls.keystore-password").out()).doesNotContain("Motdepasse-invente-42");

        CliTest.Run unset = galien("settings", "unset", "ins.timeout-ms");
        assertThat(unset.code()).as(unset.err()).isZero();
        assertThat(unset.out()).contains("ins.timeout-ms = 10000 (défaut)");

        // The security settings keep working as before: an empty value is « back to the default ».
        assertThat(galien("settings", "set", "session.logoutMinutes", "15").code()).isZero();
        assertThat(galien("settings", "show").out()).contains("\"session.logoutMinutes\"");
        assertThat(galien("settings", "set", "session.logoutMinutes").out()).contains("(défaut)");

        try (GalienRuntime runtime = open()) {
            List<AuditRecord> audit = runtime.database().read(connection -> AuditQueries.latest(connection, 50));
            assertThat(audit).anyMatch(record -> "setting ins.tls.keystore-password changed".equals(record.detail()));
            assertThat(audit).noneMatch(record -> String.valueOf(record.detail()).contains("Motdepasse-invente-42"));
        }
    }

    @Test
    void everySubcommandAnswersHelp() {
        for (List<String> command : List.of(List.of("init"), List.of("settings"), List.of("settings", "list"),
                List.of("settings", "get"), List.of("settings", "set"), List.of("settings", "unset"),
                List.of("settings", "show"))) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CliTest.Run help = galien(args.toArray(String[]::new));
            assertThat(help.code()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).contains("Usage");
        }
    }

    /** The security keys, as the policy names them. */
    private static final class AccountPolicyKeys {
        static final String ADMIN_MIN_LENGTH = fr.galien.core.account.AccountPolicy.ADMIN_MIN_LENGTH;
    }
}
