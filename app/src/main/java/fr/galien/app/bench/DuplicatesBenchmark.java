package fr.galien.app.bench;

import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.demo.DemoPatients;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import fr.galien.core.patient.JdbcPatientDuplicates;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.patient.duplicates.DuplicatePair;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Duplicate detection over the whole registry: fills a fresh H2 database with generated patients plus one planted
 * duplicate per hundred (a counter mistake: a typo in the name, day and month swapped, an unknown day, the married
 * name typed as birth name, a first name dropped), then times {@code find} — one constant query, blocking and
 * scoring in memory — several times. Reports the time and how many planted duplicates were found. A benchmark, not
 * a test: numbers go to the closing notes.
 */
public final class DuplicatesBenchmark {

    /**
     * Wall-clock times, and the median CPU time of the calling thread (detection runs on it): on a machine shared
     * with other work the CPU time says what detection costs, the wall time what the user waits.
     */
    public record Result(int patients, int planted, int plantedFound, int pairs, int minScore, int runs,
                         double bestMs, double medianMs, double maxMs, double medianCpuMs) {
    }

    private static final int PLANT_EVERY = 100;

    private final PrintWriter log;

    public DuplicatesBenchmark(PrintWriter log) {
        this.log = log;
    }

    /**
     * @param dataDir a directory of its own; when it already holds a database filled by an earlier run with the
     *                same size and seed (marker file), the insertion is skipped
     */
    public Result run(Path dataDir, int patients, int runs, int minScore, long seed) {
        Path marker = dataDir.resolve("duplicates-" + patients + "-" + seed + ".ready");
        Generated generated = generate(patients, seed);
        List<Patient> all = generated.patients();
        Set<String> planted = generated.planted();
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            Clock clock = Clock.systemUTC();
            JdbcAuditTrail audit = new JdbcAuditTrail(clock);
            BenchPatients.fillOnce(marker, new JdbcPatientRegistry(database, audit, clock), all, log);
            all = null; // the app never holds the whole registry: measure without it
            JdbcPatientDuplicates duplicates = new JdbcPatientDuplicates(database, audit, clock);
            duplicates.find(BenchPatients.BENCH, minScore); // warm-up (JIT, H2 caches)
            long[] times = new long[runs];
            long[] cpu = new long[runs];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<DuplicatePair> found = List.of();
            for (int i = 0; i < runs; i++) {
                System.gc();
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                found = duplicates.find(BenchPatients.BENCH, minScore);
                times[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
                log.printf("  passage %d : %.0f ms, %,d paires%n", i + 1, times[i] / 1e6, found.size());
                log.flush();
            }
            int plantedFound = 0;
            for (DuplicatePair pair : found) {
                if (planted.contains(key(pair.first().id(), pair.second().id()))) {
                    plantedFound++;
                }
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            return new Result(patients, planted.size(), plantedFound, found.size(), minScore, runs, times[0] / 1e6,
                    times[runs / 2] / 1e6, times[runs - 1] / 1e6, cpu[runs / 2] / 1e6);
        }
    }

    /** The patients to insert and the planted pairs, as {@code low-id|high-id}. */
    record Generated(List<Patient> patients, Set<String> planted) {
    }

    /** Benchmark patients, and after every hundredth one a copy of it with one counter mistake. Deterministic. */
    static Generated generate(int patients, long seed) {
        int copies = patients / (PLANT_EVERY + 1);
        List<Patient> originals = DemoPatients.generateForBenchmark(seed, patients - copies);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
        List<Patient> all = new ArrayList<>(patients);
        Set<String> planted = new HashSet<>();
        for (int i = 0; i < originals.size(); i++) {
            Patient original = originals.get(i);
            all.add(original);
            if (i % PLANT_EVERY == 0 && planted.size() < copies) {
                Patient copy = withMistake(original, random);
                all.add(copy);
                planted.add(key(original.id(), copy.id()));
            }
        }
        return new Generated(all, planted);
    }

    private static String key(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** A copy with a new id and one mistake. */
    private static Patient withMistake(Patient p, SplittableRandom random) {
        String birthName = p.birthName();
        String usedName = p.usedName();
        List<String> firstNames = p.firstNames();
        BirthDate date = p.birthDate();
        switch (random.nextInt(5)) {
            case 0 -> birthName = typo(birthName, random);
            case 1 -> date = date.isComplete() && date.day() <= 12
                    ? new BirthDate(date.year(), date.day(), date.month()) : new BirthDate(date.year(), 0, 0);
            case 2 -> date = new BirthDate(date.year(), date.month(), 0);
            case 3 -> {
                if (usedName != null) {
                    birthName = usedName;
                    usedName = null;
                } else {
                    birthName = typo(birthName, random);
                }
            }
            default -> firstNames = firstNames.size() > 1 ? firstNames.subList(0, 1)
                    : List.of(typo(firstNames.get(0), random));
        }
        return new Patient(new UUID(random.nextLong(), random.nextLong()), birthName, usedName, firstNames, p.sex(),
                date, p.birthPlaceCode(), p.contact(), p.identityStatus(), p.matricule(), p.oid(), p.attributes(),
                false, 0);
    }

    private static String typo(String name, SplittableRandom random) {
        if (name.length() < 3) {
            return name + name.charAt(name.length() - 1);
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

}
