package fr.galien.app.bench;

import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.demo.DemoPatients;
import fr.galien.core.domain.Patient;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Patient search per keystroke: fills a fresh H2 database with generated patients, then "types" random names
 * letter by letter (prefixes of 1 to 6 letters) and records each search's latency. Target: p99 ≤ 16 ms on
 * 1,000,000 patients (one frame at 60 Hz). A benchmark, not a test: numbers go to the closing notes.
 */
public final class SearchBenchmark {

    public record Result(int patients, int limit, int prefixLength, int samples, double p50Ms, double p99Ms,
                         double maxMs) {
    }


    private final PrintWriter log;

    public SearchBenchmark(PrintWriter log) {
        this.log = log;
    }

    /**
     * @param dataDir a directory of its own; when it already holds a database filled by an earlier run with the
     *                same size and seed (marker file), the insertion is skipped, so a 1,000,000-patient run can be
     *                measured again without waiting for the insertion
     */
    public List<Result> run(Path dataDir, int patients, int typedNames, int limit, long seed) {
        Path marker = dataDir.resolve("bench-" + patients + "-" + seed + ".ready");
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            JdbcPatientRegistry registry = new JdbcPatientRegistry(database, new JdbcAuditTrail(Clock.systemUTC()),
                    Clock.systemUTC());
            List<Patient> generated = DemoPatients.generateForBenchmark(seed, patients);
            List<String> names = sampleNames(generated, new Random(seed), typedNames * 2);
            BenchPatients.fillOnce(marker, registry, generated, log);
            // Measure without the generated patients in the heap: the app never holds them.
            generated = null;
            System.gc();
            typeAll(registry, names.subList(0, Math.min(200, names.size())), limit, null); // warm-up
            long[][] latencies = new long[7][];
            for (int length = 1; length <= 6; length++) {
                latencies[length] = new long[0];
            }
            typeAll(registry, names.subList(names.size() - typedNames, names.size()), limit, latencies);
            List<Result> results = new ArrayList<>();
            for (int length = 1; length <= 6; length++) {
                long[] sorted = latencies[length].clone();
                Arrays.sort(sorted);
                results.add(new Result(patients, limit, length, sorted.length, percentile(sorted, 0.50),
                        percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
            }
            return results;
        }
    }

    private static void typeAll(JdbcPatientRegistry registry, List<String> names, int limit, long[][] latencies) {
        for (String name : names) {
            for (int length = 1; length <= Math.min(6, name.length()); length++) {
                String prefix = name.substring(0, length);
                long start = System.nanoTime();
                registry.search(BenchPatients.BENCH, prefix, limit);
                long elapsed = System.nanoTime() - start;
                if (latencies != null) {
                    long[] previous = latencies[length];
                    long[] grown = Arrays.copyOf(previous, previous.length + 1);
                    grown[previous.length] = elapsed;
                    latencies[length] = grown;
                }
            }
        }
    }

    /** Names a user would type: birth names and first names of existing patients, lower case, letters only. */
    private static List<String> sampleNames(List<Patient> patients, Random random, int count) {
        List<String> names = new ArrayList<>(count);
        while (names.size() < count) {
            Patient patient = patients.get(random.nextInt(patients.size()));
            String raw = random.nextInt(4) == 0 ? patient.firstFirstName() : patient.birthName();
            String letters = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (!letters.isEmpty()) {
                names.add(letters);
            }
        }
        return names;
    }

    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
