package fr.galien.app.cli;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galien demo}: creates the demo practice (invented patients) in the data directory. */
@Command(name = "demo", description = "Crée la pharmacie (ou le cabinet) de démonstration dans le dossier des données.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code --profil}: the former French spelling, kept as an alias (option names are English). */
    @Option(names = {"--profile", "--profil"}, defaultValue = "OFFICINE",
            description = "OFFICINE, CABINET_MEDICAL ou CABINET_VETERINAIRE (défaut : ${DEFAULT-VALUE}).")
    PracticeProfile profile;

    @Override
    public Integer call() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Practice practice = DemoPractice.ensure(runtime, profile);
            spec.commandLine().getOut().println("Démonstration prête : « " + practice.name() + " » dans "
                    + runtime.where() + ".");
            return Cli.OK;
        }
    }
}
