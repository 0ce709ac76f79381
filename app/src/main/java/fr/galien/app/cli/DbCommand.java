package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditAnchors;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.backup.BackupEnvelope;
import fr.galien.core.backup.EncryptedBackup;
import fr.galien.core.backup.SafeRestore;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseMaintenance;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.storage.StorageError;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien db backup FILE|restore FILE|check}. Backups and restores are audited. */
@Command(name = "db", description = "Sauvegarde, restauration et vérification de la base.")
final class DbCommand {

    @Spec
    CommandSpec spec;

    /** Where the backup passphrase is read when {@code --passphrase-file} is not given (ADR 0033). */
    static final String PASSPHRASE_ENV = "GALIEN_BACKUP_PASSPHRASE";

    @Command(name = "backup", description = {"Sauvegarde la base dans un fichier chiffré par une phrase de passe "
            + "(AES-256-GCM ; refuse d'écraser un fichier). La phrase de passe (au moins 12 caractères) vient de "
            + "--passphrase-file, sinon de la variable GALIEN_BACKUP_PASSPHRASE, sinon elle est demandée deux fois. "
            + "Sans elle, la sauvegarde est illisible : conservez-la hors de ce poste."})
    int backup(@Parameters(paramLabel = "FICHIER") Path zip,
            @Option(names = "--passphrase-file", paramLabel = "FICHIER",
                    description = "Fichier dont la première ligne est la phrase de passe.") Path passphraseFile) {
        char[] passphrase = passphrase(passphraseFile, zip, true);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            // The audit row goes in first, so the backup itself carries the trace of its making. With accounts, the
            // command needs a user allowed to back up (the technical backup account of a scheduled job, issue 14).
            Caller caller = caller(runtime);
            new AuditedAuthorization(runtime.database(), runtime.auditTrail())
                    .require(caller, Action.BACKUP_CREATE, AuditAction.BACKUP, null);
            audit(runtime, caller, AuditAction.BACKUP, zip.getFileName().toString());
            EncryptedBackup.write(runtime.database(), zip, passphrase);
            spec.commandLine().getOut().println("Sauvegarde écrite dans " + zip.toAbsolutePath() + ".");
            runtime.database().dataDirectory().ifPresent(directory -> spec.commandLine().getOut().println(
                    "Ancre du journal d'audit (à noter hors de ce poste) : événement "
                            + new AuditAnchors(directory).anchor(runtime.database()).describe() + "."));
        }
        return Cli.OK;
    }

    @Command(name = "restore", description = {"Restaure une sauvegarde : elle est d'abord entièrement vérifiée sur une "
            + "copie (ouverture, vérification de la base et du journal d'audit, place disque), puis la base actuelle "
            + "est mise de côté et remplacée d'un seul coup. En cas d'échec, la base actuelle n'est pas touchée. "
            + "Une sauvegarde chiffrée demande sa phrase de passe (--passphrase-file, GALIEN_BACKUP_PASSPHRASE ou "
            + "saisie)."})
    int restore(@Parameters(paramLabel = "FICHIER") Path zip,
            @Option(names = "--force", description = "Restaure même si le journal d'audit de la sauvegarde est rompu "
                    + "(ce choix est tracé dans le journal d'audit).") boolean force,
            @Option(names = "--passphrase-file", paramLabel = "FICHIER",
                    description = "Fichier dont la première ligne est la phrase de passe.") Path passphraseFile) {
        GalienCommand root = GalienCommand.root(spec);
        char[] passphrase = Files.isRegularFile(zip) && BackupEnvelope.isSealed(zip)
                ? passphrase(passphraseFile, zip, false) : null;
        Caller restorer = allowedToRestore(root);
        SafeRestore.Report report = new SafeRestore().restore(root.databaseSettings(), zip, force, passphrase);
        try (GalienRuntime runtime = root.openRuntime()) {
            String detail = zip.getFileName().toString();
            if (report.forced()) {
                // The choice to bring back a trail known to be broken is itself part of the trail.
                detail = "FORCE " + detail + " : journal de la sauvegarde rompu, " + report.auditBrokenReason();
            }
            // Audited under who was checked against the base being replaced (the restored one may not know them).
            audit(runtime, restorer != null ? restorer : caller(runtime), AuditAction.RESTORE, detail);
            // the restored trail is the new baseline: older anchors describe the replaced data
            runtime.database().dataDirectory().ifPresent(directory ->
                    new AuditAnchors(directory).anchorRestore(runtime.database()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Base restaurée depuis " + zip.toAbsolutePath() + " (vérifiée avant remplacement : "
                + report.auditEvents() + " entrée(s) du journal d'audit).");
        if (report.forced()) {
            out.println("Attention : restaurée avec --force alors que son journal d'audit est rompu ("
                    + report.auditBrokenReason() + "). Ce choix est tracé.");
        }
        out.println(report.safetyCopy() == null ? "Il n'y avait pas de base auparavant : rien à conserver."
                : "L'ancienne base est conservée dans " + report.safetyCopy() + ".");
        return Cli.OK;
    }

    @Command(name = "check", description = "Vérifie la base (migrations, tables, chaîne d'audit).")
    int check() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            var report = DatabaseMaintenance.check(runtime.database());
            PrintWriter out = spec.commandLine().getOut();
            report.lines().forEach(out::println);
            var audit = AuditCommand.verify(runtime);
            out.println(AuditCommand.describe(audit));
            boolean anchored = AuditCommand.checkAndAnchor(runtime, audit.intact(), out, out);
            return report.healthy() && audit.intact() && anchored ? Cli.OK : Cli.REFUSED;
        }
    }

    /**
     * Replacing a base whose practice has accounts needs a user allowed to restore (issue 14), checked against that
     * base before anything changes; null when there is no such base (nothing to protect).
     */
    private Caller allowedToRestore(GalienCommand root) {
        DatabaseSettings settings = root.databaseSettings();
        if (settings.engine() != Database.Engine.H2
                || !Files.exists(settings.dataDirectory().resolve(DatabaseSettings.H2_DATABASE_NAME + ".mv.db"))) {
            return null; // PostgreSQL is refused by the restore itself; no base yet: nothing to protect
        }
        GalienRuntime current;
        try {
            current = root.openRuntime();
        } catch (SegurException unreadable) {
            // A base that cannot be opened (what a restore is for) has no account to check: nothing readable to
            // protect. The restore itself still verifies the backup before touching anything.
            return null;
        }
        try (current) {
            if (current.practice().isEmpty() || !current.accounts().hasAccounts()) {
                return null;
            }
            Caller caller = CliIdentity.of(spec, current);
            new AuditedAuthorization(current.database(), current.auditTrail())
                    .require(caller, Action.BACKUP_RESTORE, AuditAction.RESTORE, null);
            return caller;
        }
    }

    /**
     * The backup passphrase: the first line of {@code file}, else {@value #PASSPHRASE_ENV}, else typed on the
     * terminal without echo (twice for a new backup); never an argument (it would show in {@code ps}).
     *
     * @throws SegurException {@code STO-0015} none of those, {@code STO-0004} the file unreadable
     */
    private static char[] passphrase(Path file, Path backup, boolean confirm) {
        if (file != null) {
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                return lines.findFirst().orElse("").toCharArray();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new SegurException(StorageError.STO_0004, e, file, e.getClass().getSimpleName());
            }
        }
        String env = System.getenv(PASSPHRASE_ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new SegurException(StorageError.STO_0015, backup);
        }
        char[] first = console.readPassword("%s", "Phrase de passe de la sauvegarde : ");
        if (first == null || first.length == 0) {
            throw new SegurException(StorageError.STO_0015, backup);
        }
        if (confirm) {
            char[] second = console.readPassword("%s", "Confirmez la phrase de passe : ");
            boolean same = second != null && Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new SegurException(StorageError.STO_0017);
            }
        }
        return first;
    }

    /** Backups need no practice yet (a fresh directory may be restored into): the caller is then the OS user. */
    private Caller caller(GalienRuntime runtime) {
        return runtime.practice().isPresent() ? CliIdentity.of(spec, runtime)
                : Caller.osUser(PracticeProfile.OFFICINE, runtime.workstationId());
    }

    private static void audit(GalienRuntime runtime, Caller caller, AuditAction action, String fileName) {
        runtime.database().inTransaction(connection -> {
            runtime.auditTrail().append(connection,
                    new AuditEvent(caller, null, action, AuditOutcome.SUCCESS, fileName));
            return null;
        });
    }
}
