package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.storage.DatabaseSettings;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14 §1 and §3: in a practice with accounts, commands that touch patient or audit data need a user and act
 * with that user's role; authentication traces come out as RFC 5424 lines. Invented people only.
 */
class AuthenticatedCliTest {

    private static final String ADMIN_PASSWORD = "Cheval agrafe pile 42";
    private static final String HOLDER_PASSWORD = "Pharmacie des Tilleuls 2026";
    private static final String BACKUP_PASSWORD = "Copie-Nocturne-2026!";

    @TempDir
    Path dataDir;
    @TempDir
    Path work;

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

    private void practiceWithAccounts() {
        assertThat(galien("", "demo").code()).isZero();
        Run first = galien(ADMIN_PASSWORD + "\n", "users", "add", "--login", "admin", "--name", "Hugo Technique",
                "--role", "ADMINISTRATEUR_TECHNIQUE");
        assertThat(first.code()).as(first.err()).isZero();
        Run holder = galien(ADMIN_PASSWORD + "\n" + HOLDER_PASSWORD + "\n", "users", "add", "--admin", "admin",
                "--login", "claire", "--name", "Claire Invente", "--role", "PHARMACIEN_TITULAIRE");
        assertThat(holder.code()).as(holder.err()).isZero();
    }

    private List<AuditRecord> audit() {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            return runtime.database().read(connection -> AuditQueries.latest(connection, 1000));
        }
    }

    private Path ownerOnlyFile(String name, String content) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, content + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void withoutAccountsTheCommandsActAsTheOsUserAndSaySoOnce() {
        assertThat(galien("", "demo").code()).isZero();
        Path csv = work.resolve("patients.csv");

        Run export = galien("", "patients", "export", csv.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(csv).exists();
        assertThat(export.err().split("aucun compte utilisateur", -1)).hasSize(2);
        assertThat(audit().get(0).userId()).startsWith("os:");
    }

    @Test
    void aPracticeWithAccountsRefusesAnUnauthenticatedExportAndAcceptsItWithUser() {
        practiceWithAccounts();
        Path csv = work.resolve("patients.csv");

        Run refused = galien("", "patients", "export", csv.toString());

        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).contains("CLA-0001").contains("--user");
        assertThat(csv).doesNotExist();
        AuditRecord trace = audit().get(0);
        assertThat(trace.action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(trace.outcome()).isEqualTo(AuditOutcome.REFUSED);
        assertThat(trace.detail()).contains("method=NONE").contains("command=galien.patients.export");

        Run accepted = galien(HOLDER_PASSWORD + "\n", "patients", "export", csv.toString(), "--user", "claire");

        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(csv).exists();
        List<AuditRecord> rows = audit();
        assertThat(rows.get(0).action()).isEqualTo(AuditAction.LOGOUT);
        assertThat(rows.get(1).action()).isEqualTo(AuditAction.EXPORT);
        assertThat(rows.get(1).userId()).startsWith("local:").isEqualTo(rows.get(2).userId());
        assertThat(rows.get(2).action()).isEqualTo(AuditAction.LOGIN);
        assertThat(rows.get(2).detail()).contains("identifier=\"claire\"");
    }

    @Test
    void aProfessionalMayAuthenticateWithProSanteConnectForTheCommandsDuration() {
        practiceWithAccounts();

        Run search = galien("", "patients", "search", "martin", "--national-id", "899900000001");

        assertThat(search.code()).as(search.err()).isZero();
        List<AuditRecord> rows = audit();
        assertThat(rows.get(0).action()).isEqualTo(AuditAction.LOGOUT);
        assertThat(rows.get(0).userId()).isEqualTo("psc:899900000001");
        assertThat(rows).filteredOn(row -> row.userId().equals("psc:899900000001"))
                .extracting(AuditRecord::action).containsExactly(AuditAction.LOGOUT, AuditAction.LOGIN);
    }

    @Test
    void theCommandActsWithTheUsersRole() {
        practiceWithAccounts();
        Run admin = galien(ADMIN_PASSWORD + "\n", "--user", "admin", "patients", "search", "martin");
        assertThat(admin.code()).isEqualTo(Cli.REFUSED);
        assertThat(admin.err()).contains("SEC-0001");
    }

    @Test
    void aPasswordFileMustBeReadableByItsOwnerOnly() throws Exception {
        practiceWithAccounts();
        Path file = ownerOnlyFile("claire.pw", HOLDER_PASSWORD);

        Run ok = galien("", "patients", "search", "martin", "--user", "claire", "--password-file", file.toString());
        assertThat(ok.code()).as(ok.err()).isZero();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Run open = galien("", "patients", "search", "martin", "--user", "claire", "--password-file", file.toString());
        assertThat(open.code()).isEqualTo(Cli.REFUSED);
        assertThat(open.err()).contains("CLA-0004");
    }

    @Test
    void theTechnicalBackupAccountMayBackUpAndNothingElse() throws Exception {
        practiceWithAccounts();
        Run add = galien(ADMIN_PASSWORD + "\n" + BACKUP_PASSWORD + "\n", "users", "add", "--admin", "admin",
                "--login", "sauvegarde", "--name", "Sauvegarde nocturne", "--role", "SAUVEGARDE_TECHNIQUE");
        assertThat(add.code()).as(add.err()).isZero();
        Path file = ownerOnlyFile("sauvegarde.pw", BACKUP_PASSWORD);

        Path passphrase = ownerOnlyFile("sauvegarde.phrase", "phrase de passe des sauvegardes");
        Run backup = galien("", "db", "backup", work.resolve("nuit.zip").toString(), "--user", "sauvegarde",
                "--password-file", file.toString(), "--passphrase-file", passphrase.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(work.resolve("nuit.zip")).exists();

        Run search = galien("", "patients", "search", "martin", "--user", "sauvegarde", "--password-file",
                file.toString());
        assertThat(search.code()).isEqualTo(Cli.REFUSED);
        assertThat(search.err()).contains("SEC-0001");
        Run unauthenticatedBackup = galien("", "db", "backup", work.resolve("autre.zip").toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(unauthenticatedBackup.err()).contains("CLA-0001");
        assertThat(work.resolve("autre.zip")).doesNotExist();
    }

    @Test
    void auditExportPrintsAnRfc5424LineForAFailedLoginOnAnUnknownAccount() {
        practiceWithAccounts();
        Run unknown = galien("un mot de passe quelconque\n", "--user", "inconnu.test", "patients", "search", "x");
        assertThat(unknown.err()).contains("ACC-0001");

        Run refused = galien("", "audit", "export", "--syslog");
        assertThat(refused.err()).contains("CLA-0001");
        Run export = galien(ADMIN_PASSWORD + "\n", "audit", "export", "--syslog", "--user", "admin",
                "--from", "2000-01-01");

        assertThat(export.code()).as(export.err()).isZero();
        List<String> lines = export.out().lines().toList();
        assertThat(lines).allMatch(line -> line.matches("<\\d{1,3}>1 \\S+Z \\S+ galien - \\S+ \\[galien@32473 .*"));
        assertThat(lines).anyMatch(line -> line.startsWith("<84>1 ") && line.contains(" LOGIN_FAILED ")
                && line.contains("identifier=\"inconnu.test\"") && line.contains("method=\"LOCAL_PASSWORD\""));
        assertThat(lines).noneMatch(line -> line.contains(" EXPORT ") || line.contains("un mot de passe"));
        assertThat(audit().get(1).action()).as("the extraction is audited").isEqualTo(AuditAction.EXPORT);
    }

    @Test
    void everyCommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new GalienCommand()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(30);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Run help = galien("", args.toArray(String[]::new));
            assertThat(help.code()).as("%s --help: %s", path, help.err()).isZero();
            assertThat(help.out()).as(String.join(" ", path)).contains("Usage");
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, paths);
            }
        });
    }
}
