package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAnchors;
import fr.galien.core.audit.AuditVerification;
import fr.galien.core.audit.AuditVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code galien audit verify}: walks the SHA-256 chain and reports the first broken link. */
@Command(name = "audit", description = "Journal d'audit.")
final class AuditCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "verify", description = {"Vérifie la chaîne d'empreintes du journal d'audit, puis les ancres "
            + "(têtes du journal notées à côté de la base, galien.audit-ancres) : un journal tronqué ou vidé est "
            + "détecté. Quand tout est intact, la tête actuelle est ajoutée aux ancres et affichée."})
    int verify() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            AuditVerification result = verify(runtime);
            PrintWriter out = spec.commandLine().getOut();
            (result.intact() ? out : spec.commandLine().getErr()).println(describe(result));
            boolean anchored = checkAndAnchor(runtime, result.intact(), out, spec.commandLine().getErr());
            return result.intact() && anchored ? Cli.OK : Cli.REFUSED;
        }
    }

    static AuditVerification verify(GalienRuntime runtime) {
        return runtime.database().read(AuditVerifier::verify);
    }

    /**
     * Checks the anchors beside the H2 data (ADR 0005) and, when chain and anchors hold, appends the current head.
     * PostgreSQL has no data folder here: said, not pretended.
     *
     * @return false when an anchor no longer holds
     */
    static boolean checkAndAnchor(GalienRuntime runtime, boolean chainIntact, PrintWriter out, PrintWriter err) {
        Optional<Path> directory = runtime.database().dataDirectory();
        if (directory.isEmpty()) {
            out.println("Ancres du journal : non disponibles sur PostgreSQL (conservez les sauvegardes du serveur).");
            return true;
        }
        AuditAnchors anchors = new AuditAnchors(directory.get());
        AuditAnchors.Check check = anchors.check(runtime.database());
        (check.intact() ? out : err).println(check.reason());
        if (chainIntact && check.intact()) {
            out.println("Ancre ajoutée : événement " + anchors.anchor(runtime.database()).describe() + ".");
        }
        return check.intact();
    }

    static String describe(AuditVerification result) {
        if (result.intact()) {
            return "Journal d'audit intact : " + result.rowsChecked() + " entrée(s) vérifiée(s).";
        }
        return "Journal d'audit rompu à l'entrée n° " + result.firstBrokenSeq() + " : " + result.reason();
    }
}
