package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.storage.DatabaseMaintenance;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien db backup FILE|restore FILE|check}. */
@Command(name = "db", description = "Sauvegarde, restauration et vérification de la base.")
final class DbCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "backup", description = "Sauvegarde la base dans un fichier .zip.")
    int backup(@Parameters(paramLabel = "FICHIER") Path zip) {
        DatabaseMaintenance.backup(GalienCommand.root(spec).databaseSettings(), zip);
        spec.commandLine().getOut().println("Sauvegarde écrite dans " + zip.toAbsolutePath() + ".");
        return Cli.OK;
    }

    @Command(name = "restore", description = "Restaure une sauvegarde (la base actuelle est d'abord mise de côté).")
    int restore(@Parameters(paramLabel = "FICHIER") Path zip) {
        Path keptCopy = DatabaseMaintenance.restore(GalienCommand.root(spec).databaseSettings(), zip);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Base restaurée depuis " + zip.toAbsolutePath() + ".");
        out.println("L'ancienne base est conservée dans " + keptCopy + ".");
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
            return report.healthy() && audit.intact() ? Cli.OK : Cli.REFUSED;
        }
    }
}
