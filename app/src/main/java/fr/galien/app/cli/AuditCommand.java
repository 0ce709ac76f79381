package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditVerification;
import fr.galien.core.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code galien audit verify}: walks the SHA-256 chain and reports the first broken link. */
@Command(name = "audit", description = "Journal d'audit.")
final class AuditCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "verify", description = "Vérifie la chaîne d'empreintes du journal d'audit.")
    int verify() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            AuditVerification result = verify(runtime);
            (result.intact() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(describe(result));
            return result.intact() ? Cli.OK : Cli.REFUSED;
        }
    }

    static AuditVerification verify(GalienRuntime runtime) {
        return runtime.database().read(AuditVerifier::verify);
    }

    static String describe(AuditVerification result) {
        if (result.intact()) {
            return "Journal d'audit intact : " + result.rowsChecked() + " entrée(s) vérifiée(s).";
        }
        return "Journal d'audit rompu à l'entrée n° " + result.firstBrokenSeq() + " : " + result.reason();
    }
}
