package fr.galien.app.cli;

import fr.galien.core.identity.MatriculeCheck;
import fr.galien.core.identity.Matricules;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien ins check|search|verify} (docs/cli.md): the INS matricule rules and the INSi teleservice. */
@Command(name = "ins", description = "Identité nationale de santé : contrôle du matricule, téléservice INSi.",
        subcommands = {InsSearchCommand.class, InsVerifyCommand.class})
final class InsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "check", description = "Contrôle un matricule INS saisi (NIR ou NIA, 15 caractères avec la clé). "
            + "Code de sortie 0 valide, 1 invalide avec la raison.")
    int check(@Parameters(paramLabel = "MATRICULE", arity = "1..*",
                      description = "Le matricule ; les espaces sont ignorés (« 2 75 12 63 220 749 74 »).")
              java.util.List<String> parts,
              @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        MatriculeCheck check = Matricules.check(String.join("", parts));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("matricule", check.matricule());
            result.put("valid", check.valid());
            result.put("code", check.valid() ? null : check.code());
            result.put("reason", check.valid() ? null : check.reason());
            out.println(Json.write(result));
        } else if (check.valid()) {
            out.println(check.matricule() + " : matricule valide (clé " + check.matricule().substring(13) + ").");
        } else {
            spec.commandLine().getErr().println(check.code() + " : " + check.reason());
        }
        return check.valid() ? Cli.OK : Cli.REFUSED;
    }
}
