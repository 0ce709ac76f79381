package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.identity.Matricules;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.VitaleQuery;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code galien ins search}: one INSi search, by traits (the same call strategy as the window: one call per birth
 * first name, then the full list) or with the Vitale data. Exit 0 when INSi answered, whatever the CR (it is in the
 * output); 1 when the search could not be made (bad traits, INSi unreachable, fault).
 */
@Command(name = "search", description = "Recherche l'INS au téléservice INSi, par traits ou avec les données Vitale.")
final class InsSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--birth-date", required = true, paramLabel = "AAAA-MM-JJ",
            description = "Date de naissance (00 si jour ou mois inconnu ; jj/mm/aaaa accepté).")
    String birthDate;

    @Option(names = "--json", description = "Sortie JSON (code CR, identité, historique, appels).")
    boolean json;

    static final class Mode {
        @ArgGroup(exclusive = false)
        Traits traits;

        @ArgGroup(exclusive = false)
        Vitale vitale;
    }

    static final class Traits {
        @Option(names = "--birth-name", required = true, paramLabel = "NOM", description = "Nom de naissance.")
        String birthName;

        @Option(names = "--first-names", required = true, paramLabel = "\"A B\"",
                description = "Prénoms de naissance dans l'ordre de l'état civil, séparés par des espaces.")
        String firstNames;

        @Option(names = "--sex", required = true, paramLabel = "M|F", description = "Sexe : M ou F.")
        String sex;

        @Option(names = "--birth-place", paramLabel = "COG", description = "Code COG (INSEE) du lieu de naissance.")
        String birthPlace;
    }

    static final class Vitale {
        @Option(names = "--vitale-nir", required = true, paramLabel = "NIR",
                description = "NIR lu sur la carte Vitale ou l'appli carte Vitale (15 caractères, clé comprise).")
        String nir;

        @Option(names = "--vitale-od", paramLabel = "NIR",
                description = "NIR de l'ouvrant droit, quand le bénéficiaire figure sur la carte d'un parent.")
        String ouvrantDroit;

        @Option(names = "--vitale-birth-name", paramLabel = "NOM", description = "Nom de naissance lu sur la carte.")
        String birthName;

        @Option(names = "--rank", paramLabel = "N", description = "Rang de naissance (jumeaux), 1 par défaut.")
        String rank;
    }

    @Override
    public Integer call() {
        BirthDate date = InsCli.birthDate(birthDate);
        PrintWriter out = spec.commandLine().getOut();
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
             NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
            InsiSearch search = runtime.insiSearch().orElseThrow(() -> new SegurException(AppError.APP_0010, "ins"));
            InsiSearchOutcome outcome = mode.traits != null
                    ? search.searchByTraits(CliIdentity.of(spec, runtime), traits(mode.traits, date))
                    : search.searchWithVitale(CliIdentity.of(spec, runtime), vitale(mode.vitale, date));
            if (json) {
                out.println(Json.write(InsiJson.of(outcome)));
            } else {
                InsCli.print(out, outcome);
            }
            return Cli.OK;
        }
    }

    private static IdentityTraits traits(Traits traits, BirthDate date) {
        List<String> firstNames = Arrays.stream(traits.firstNames.strip().split("\\s+"))
                .filter(name -> !name.isEmpty()).toList();
        Sex sex = Sex.fromCode(traits.sex.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(value -> value != Sex.I)
                .orElseThrow(() -> new SegurException(AppError.APP_0007, "--sex", "M ou F (l'INSi ne connaît que ces deux valeurs)"));
        String place = traits.birthPlace == null || traits.birthPlace.isBlank() ? null : traits.birthPlace.strip();
        return new IdentityTraits(traits.birthName.strip(), firstNames, sex, date, place);
    }

    private static VitaleQuery vitale(Vitale vitale, BirthDate date) {
        String nir = Matricules.check(vitale.nir).orThrow();
        String od = vitale.ouvrantDroit == null ? null : Matricules.check(vitale.ouvrantDroit).orThrow();
        return new VitaleQuery(nir, od, vitale.birthName == null ? null : vitale.birthName.strip(), date,
                vitale.rank == null ? null : vitale.rank.strip());
    }
}
