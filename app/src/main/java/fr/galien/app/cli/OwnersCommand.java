package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.domain.Animal;
import fr.galien.core.error.SegurException;
import fr.galien.core.vet.OwnerFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien owners search}: a vet practice's clients and their animals. */
@Command(name = "owners", description = "Clients d'un cabinet vétérinaire et leurs animaux.")
final class OwnersCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "search",
            description = "Recherche des clients par nom, nom d'un animal ou numéro de transpondeur (15 chiffres).")
    int search(@Parameters(arity = "1..*", paramLabel = "TEXTE") List<String> words,
               @Option(names = "--limit", defaultValue = "50", description = "Nombre maximum de résultats.") int limit,
               @Option(names = "--json", description = "Sortie JSON (tableau).") boolean json) {
        if (limit < 1 || limit > 500) {
            throw new SegurException(AppError.APP_0007, "--limit", limit);
        }
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            List<OwnerFile> found = runtime.owners().search(CliIdentity.of(spec, runtime), String.join(" ", words), limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(OwnerJson.of(found)));
            } else {
                found.forEach(file -> out.println(line(file)));
                out.println(found.size() + " client(s)");
            }
            return Cli.OK;
        }
    }

    static String line(OwnerFile file) {
        String animals = file.animals().stream()
                .map(animal -> animal.name() + " (" + animal.species() + identification(animal) + ")")
                .collect(Collectors.joining(", "));
        String firstName = file.owner().firstName() == null ? "" : " " + file.owner().firstName();
        return file.owner().id() + "  " + file.owner().lastName() + firstName + "  " + animals;
    }

    private static String identification(Animal animal) {
        return animal.identificationNumber() == null ? "" : ", " + animal.identificationNumber();
    }
}
