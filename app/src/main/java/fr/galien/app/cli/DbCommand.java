package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditAnchors;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.backup.SafeRestore;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseMaintenance;
import fr.galien.core.storage.DatabaseSettings;
import java.io.PrintWriter;
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

    @Command(name = "backup", description = "Sauvegarde la base dans un fichier .zip (refuse d'écraser un fichier).")
    int backup(@Parameters(paramLabel = "FICHIER") Path zip) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            // The audit row goes in first, so the backup itself carries the trace of its making. With accounts, the
            // command needs a user allowed to back up (the technical backup account of a scheduled job, issue 14).
            Caller caller = caller(runtime);
            new AuditedAuthorization(runtime.database(), runtime.auditTrail())
                    .require(caller, Action.BACKUP_CREATE, AuditAction.BACKUP, null);
            audit(runtime, caller, AuditAction.BACKUP, zip.getFileName().toString());
            DatabaseMaintenance.backup(runtime.database(), zip);
            spec.commandLine().getOut().println("Sauvegarde écrite dans " + zip.toAbsolutePath() + ".");
            runtime.database().dataDirectory().ifPresent(directory -> spec.commandLine().getOut().println(
                    "Ancre du journal d'audit (à noter hors de ce poste) : événement "
                            + new AuditAnchors(directory).anchor(runtime.database()).describe() + "."));
        }
        return Cli.OK;
    }

    @Command(name = "restore", description = {"Restaure une sauvegarde : elle est d'abord entièrement vérifiée sur une "
            + "copie (ouverture, vérification de la base et du journal d'audit, place disque), puis la base actuelle "
            + "est mise de côté et remplacée d'un seul coup. En cas d'échec, la base actuelle n'est pas touchée."})
    int restore(@Parameters(paramLabel = "FICHIER") Path zip,
            @Option(names = "--force", description = "Restaure même si le journal d'audit de la sauvegarde est rompu "
                    + "(ce choix est tracé dans le journal d'audit).") boolean force) {
        GalienCommand root = GalienCommand.root(spec);
        Caller restorer = allowedToRestore(root);
        SafeRestore.Report report = new SafeRestore().restore(root.databaseSettings(), zip, force);
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
