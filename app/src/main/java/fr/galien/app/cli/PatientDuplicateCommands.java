package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.duplicates.DuplicatePair;
import fr.galien.core.patient.duplicates.DuplicateScorer;
import fr.galien.core.patient.duplicates.MatchReason;
import fr.galien.core.patient.duplicates.MergeRecord;
import fr.galien.core.patient.duplicates.PatientField;
import fr.galien.core.security.Caller;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien patients duplicates|merge|unmerge|merges}: the duplicates worklist for the practice's IT person. The
 * same core service as the window's "Doublons" screen, so the same permission (PATIENT_MERGE) and the same audit.
 */
final class PatientDuplicateCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private PatientDuplicateCommands() {
    }

    @Command(name = "duplicates", description = {"Liste les doublons probables (score de 0 à 100 et raisons).",
        "Les paires marquées « pas un doublon » n'apparaissent plus tant que les identités ne changent pas."})
    static final class Duplicates implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--min-score", defaultValue = "" + DuplicateScorer.DEFAULT_THRESHOLD, paramLabel = "N",
                description = "Score minimal (1 à 100, par défaut ${DEFAULT-VALUE}).")
        int minScore;

        @Option(names = "--json", description = "Sortie JSON (tableau de paires, meilleur score d'abord).")
        boolean json;

        @Override
        public Integer call() {
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                List<DuplicatePair> pairs = runtime.duplicates().find(CliIdentity.of(spec, runtime), minScore);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(pairs.stream().map(DuplicateJson.Pair::of).toList()));
                    return Cli.OK;
                }
                for (DuplicatePair pair : pairs) {
                    out.printf("%3d  %s%n     %s%n", pair.score(), PatientsCommand.line(pair.first()),
                            PatientsCommand.line(pair.second()));
                    out.println("     " + pair.reasons().stream().map(MatchReason::text)
                            .collect(Collectors.joining(" ; ")));
                }
                out.println(pairs.size() + " paire(s) de doublons probables (score ≥ " + minScore + ")");
                return Cli.OK;
            }
        }
    }

    @Command(name = "merge", description = {"Fusionne deux dossiers : --retire est archivé (conservé, réversible), "
            + "--keep reçoit ses coordonnées manquantes.", "L'identité du dossier conservé ne change jamais."})
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--keep", required = true, paramLabel = "ID", description = "Dossier conservé.")
        String keep;

        @Option(names = "--retire", required = true, paramLabel = "ID", description = "Dossier retiré (doublon).")
        String retire;

        @Option(names = "--json", description = "Sortie JSON.")
        boolean json;

        @Override
        public Integer call() {
            UUID survivorId = PatientsCommand.parseId(keep);
            UUID retiredId = PatientsCommand.parseId(retire);
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                // Read now, merged now: the versions are the ones just read (a command has no stale screen).
                Caller caller = CliIdentity.of(spec, runtime);
                Patient survivor = runtime.patients().open(caller, survivorId);
                Patient retired = runtime.patients().open(caller, retiredId);
                MergeRecord merge = runtime.duplicates().merge(caller, survivor.id(), survivor.version(),
                        retired.id(), retired.version());
                print(spec, merge, json);
                return Cli.OK;
            }
        }
    }

    @Command(name = "unmerge", description = "Annule une fusion (refusé si un des dossiers a été modifié depuis).")
    static final class Unmerge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--merge", required = true, paramLabel = "ID", description = "Fusion à annuler (voir merges).")
        String mergeId;

        @Option(names = "--json", description = "Sortie JSON.")
        boolean json;

        @Override
        public Integer call() {
            UUID id = parseMergeId(mergeId);
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                print(spec, runtime.duplicates().unmerge(CliIdentity.of(spec, runtime), id), json);
                return Cli.OK;
            }
        }
    }

    @Command(name = "merges", description = "Historique des fusions, la plus récente d'abord.")
    static final class Merges implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--limit", defaultValue = "50", description = "Nombre maximum de fusions (1 à 1000).")
        int limit;

        @Option(names = "--json", description = "Sortie JSON (tableau).")
        boolean json;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 1000) {
                throw new SegurException(AppError.APP_0007, "--limit", limit);
            }
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                List<MergeRecord> merges = runtime.duplicates().merges(CliIdentity.of(spec, runtime), limit);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(merges.stream().map(DuplicateJson.Merge::of).toList()));
                } else {
                    merges.forEach(merge -> out.println(line(merge)));
                    out.println(merges.size() + " fusion(s)");
                }
                return Cli.OK;
            }
        }
    }

    private static void print(CommandSpec spec, MergeRecord merge, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(DuplicateJson.Merge.of(merge)));
        } else {
            out.println(line(merge));
        }
    }

    static String line(MergeRecord merge) {
        String filled = merge.filledFields().isEmpty() ? "aucun champ complété"
                : "complété : " + merge.filledFields().stream().map(PatientField::text).collect(Collectors.joining(", "));
        String state = merge.undone()
                ? "annulée le " + WHEN.format(merge.unmergedAt().atZoneSameInstant(ZoneId.systemDefault()))
                : "en vigueur";
        return merge.id() + "  " + WHEN.format(merge.mergedAt().atZoneSameInstant(ZoneId.systemDefault()))
                + "  conservé " + merge.survivorId() + " (" + merge.survivorBefore().displayName().strip() + ")"
                + "  retiré " + merge.retiredId() + " (" + merge.retiredBefore().displayName().strip() + ")"
                + "  " + filled + "  " + state;
    }

    private static UUID parseMergeId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new SegurException(AppError.APP_0007, "--merge", "« " + id + " » n'est pas un identifiant de fusion");
        }
    }
}
