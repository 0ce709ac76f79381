package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditAnchors;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.backup.SafeRestore;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.DatabaseMaintenance;
import java.io.PrintWriter;
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
            // The audit row goes in first, so the backup itself carries the trace of its making.
            audit(runtime, AuditAction.BACKUP, zip.getFileName().toString());
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
        SafeRestore.Report report = new SafeRestore().restore(root.databaseSettings(), zip, force);
        try (GalienRuntime runtime = root.openRuntime()) {
            String detail = zip.getFileName().toString();
            if (report.forced()) {
                // The choice to bring back a trail known to be broken is itself part of the trail.
                detail = "FORCE " + detail + " : journal de la sauvegarde rompu, " + report.auditBrokenReason();
            }
            audit(runtime, AuditAction.RESTORE, detail);
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

    /** Backups need no practice yet (a fresh directory may be restored into), so the caller is the OS user. */
    private static void audit(GalienRuntime runtime, AuditAction action, String fileName) {
        Caller caller = runtime.practice().isPresent() ? runtime.caller()
                : Caller.osUser(PracticeProfile.OFFICINE, runtime.workstationId());
        runtime.database().inTransaction(connection -> {
            runtime.auditTrail().append(connection,
                    new AuditEvent(caller, null, action, AuditOutcome.SUCCESS, fileName));
            return null;
        });
    }
}
