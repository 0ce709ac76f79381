package fr.galien.app.cli;

import fr.galien.core.error.SegurException;
import fr.galien.core.geo.CogBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galien cog}: Galien's compact copy of the official geographic code (birth places by name). */
@Command(name = "cog", description = "Code officiel géographique (communes et pays de naissance).",
        subcommands = CogCommand.Build.class)
final class CogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }

    /**
     * {@code galien cog build --from ../shared/data/cog --to segur-core/src/main/resources/fr/galien/core/geo/cog.tsv.gz}:
     * the compact copy carried by Galien, rebuilt from the INSEE's files (same files, same bytes).
     */
    @Command(name = "build", description = "Construit la copie compacte du COG portée par Galien, à partir des "
            + "fichiers officiels de l'INSEE (communes2020.csv, pays2020.csv).")
    static final class Build implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DOSSIER",
                description = "Dossier des fichiers officiels (par exemple ../shared/data/cog).")
        Path from;

        @Option(names = "--to", paramLabel = "FICHIER", defaultValue = "segur-core/src/main/resources/fr/galien/core/geo/cog.tsv.gz",
                description = "Fichier produit (par défaut : ${DEFAULT-VALUE}).")
        Path to;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(from.resolve(CogBuilder.COMMUNES))
                    || !Files.isRegularFile(from.resolve(CogBuilder.COUNTRIES))) {
                throw new SegurException(SetupCliError.CFG_0010, from.toString());
            }
            int places = CogBuilder.buildTo(from, to);
            spec.commandLine().getOut().println(places + " lieux de naissance écrits dans " + to + " ("
                    + Files.size(to) / 1024 + " Kio).");
            return Cli.OK;
        }
    }
}
