package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.port.MssantePort;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien annuaire search TEXT} (docs/cli.md): MSSanté recipients in the Annuaire Santé. */
@Command(name = "annuaire", description = "Annuaire Santé : adresses MSSanté des professionnels et des structures.",
        subcommands = AnnuaireCommand.Search.class)
final class AnnuaireCommand {

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Cherche un professionnel ou une structure par nom ou par adresse MSSanté.")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEXTE", description = "Nom, prénom ou début d'adresse.")
        String text;

        @Option(names = "--max", defaultValue = "20", description = "Nombre maximal de résultats (20).")
        int max;

        @Option(names = "--json", description = "Sortie JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
                 NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
                List<MssantePort.DirectoryEntry> found = MssCommand.port(runtime).searchDirectory(text,
                        Math.max(1, max));
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (MssantePort.DirectoryEntry entry : found) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("address", entry.address());
                        row.put("name", entry.name());
                        row.put("type", entry.type());
                        row.put("profession", entry.profession());
                        row.put("place", entry.place());
                        rows.add(row);
                    }
                    out.println(Json.write(rows));
                } else {
                    found.forEach(e -> out.println(e.address() + "  " + e.name() + "  (" + e.type() + ")"));
                }
                return Cli.OK;
            }
        }
    }
}
