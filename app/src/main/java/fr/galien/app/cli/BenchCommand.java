package fr.galien.app.cli;

import fr.galien.app.bench.SearchBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galien bench search}: per-keystroke search latency on generated patients (a throw-away database). */
@Command(name = "bench", description = "Bancs d'essai de performance.")
final class BenchCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "search", description = "Mesure la recherche de patients à chaque frappe (p50/p99).")
    int search(@Option(names = "--patients", split = ",", defaultValue = "100000",
                       description = "Nombre(s) de patients générés, ex. 100000,1000000.") List<Integer> sizes,
               @Option(names = "--names", defaultValue = "1000", description = "Noms « tapés » par mesure.") int names,
               @Option(names = "--limit", defaultValue = "100", description = "Résultats demandés par recherche.")
               int limit,
               @Option(names = "--json", description = "Sortie JSON.") boolean json,
               @Option(names = "--keep", paramLabel = "DOSSIER",
                       description = "Garde les bases générées dans ce dossier et les réutilise au prochain passage.")
               Path keep) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = spec.commandLine().getErr();
        List<SearchBenchmark.Result> all = new ArrayList<>();
        for (int size : sizes) {
            Path dir = keep != null ? Files.createDirectories(keep.resolve("patients-" + size))
                    : Files.createTempDirectory("galien-bench-");
            try {
                all.addAll(new SearchBenchmark(progress).run(dir, size, names, limit, 42L));
            } finally {
                if (keep == null) {
                    deleteRecursively(dir);
                }
            }
        }
        if (json) {
            out.println(Json.write(all));
        } else {
            out.println("patients   lettres  mesures   p50 (ms)   p99 (ms)   max (ms)");
            for (SearchBenchmark.Result r : all) {
                out.printf("%,9d   %5d   %7d   %8.2f   %8.2f   %8.2f%n", r.patients(), r.prefixLength(), r.samples(),
                        r.p50Ms(), r.p99Ms(), r.maxMs());
            }
        }
        return Cli.OK;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
