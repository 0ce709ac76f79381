package fr.galien.app.bench;

import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.drug.ImportReport;
import fr.galien.core.drug.JdbcDrugCatalogue;
import fr.galien.core.drug.Medicine;
import fr.galien.core.drug.Presentation;
import fr.galien.core.scan.ScanField;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The drug catalogue and the scan field (issue 11): first start from the bundled catalogue, full BDPM import (when
 * a BDPM directory is given), search per keystroke on the whole catalogue — real medicine names typed letter by
 * letter (target p99 ≤ 5 ms) — memory of the in-memory index, and scan parsing throughput. Fresh H2 databases in
 * throw-away directories. A benchmark, not a test: numbers go to the closing notes.
 */
public final class DrugBenchmark {

    /** Everything measured. */
    public record Result(long firstStartMs, long firstStartCpuMs, ImportResult bdpmImport, int medicines, int presentations,
                         long indexHeapMb, int typedNames, int keystrokes, double searchP50Ms, double searchP99Ms,
                         double searchMaxMs, double searchCpuP99Ms, int scans, double scansPerSecond, double scanP99Micros) {
    }

    /** The full import of a BDPM directory (null when none was given). */
    public record ImportResult(String directory, int medicines, int presentations, long readMs, long storeMs,
                               long indexMs, long totalMs, long cpuMs) {
    }

    private final PrintWriter log;

    public DrugBenchmark(PrintWriter log) {
        this.log = log;
    }

    /**
     * @param workDir a directory of its own (two databases are created in it)
     * @param bdpm    a BDPM export directory for the import measure, or null
     */
    public Result run(Path workDir, Path bdpm, int typedNames, int limit, int scans, long seed) throws Exception {
        Clock clock = Clock.systemUTC();
        long firstStart;
        long firstStartCpu;
        int medicines;
        int presentations;
        long heapMb;
        List<String> names;
        double[] search;
        int keystrokes;
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(
                Files.createDirectories(workDir.resolve("bundled"))))) {
            System.gc();
            long heapBefore = usedHeap();
            JdbcDrugCatalogue catalogue = new JdbcDrugCatalogue(database, new JdbcAuditTrail(clock), clock);
            log.println("Premier démarrage : catalogue livré avec Galien…");
            long cpuStart = cpuNow();
            long start = System.nanoTime();
            var status = catalogue.ensureLoaded();
            firstStart = (System.nanoTime() - start) / 1_000_000;
            firstStartCpu = (cpuNow() - cpuStart) / 1_000_000;
            medicines = status.medicines();
            presentations = status.presentations();
            System.gc();
            heapMb = (usedHeap() - heapBefore) / (1024 * 1024);
            names = sampleNames(catalogue, new Random(seed), typedNames + 200);
            log.println("Frappe de " + typedNames + " noms lettre par lettre…");
            type(catalogue, names.subList(0, 200), limit, null, null); // warm-up
            List<Long> latencies = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            type(catalogue, names.subList(200, names.size()), limit, latencies, cpu);
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] cpuSorted = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
            keystrokes = sorted.length;
            search = new double[] {percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                percentile(cpuSorted, 0.99)};
        }
        ImportResult imported = null;
        if (bdpm != null) {
            try (Database database = Database.open(DatabaseSettings.forDataDirectory(
                    Files.createDirectories(workDir.resolve("import"))))) {
                JdbcDrugCatalogue catalogue = new JdbcDrugCatalogue(database, new JdbcAuditTrail(clock), clock,
                        () -> {
                            throw new IllegalStateException("not used");
                        });
                log.println("Import complet de la BDPM " + bdpm + "…");
                long cpuStart = cpuNow();
                ImportReport report = catalogue.importDirectory(Caller.osUser(PracticeProfile.OFFICINE, "bench"),
                        bdpm);
                imported = new ImportResult(bdpm.toString(), report.medicines(), report.presentations(),
                        report.readTime().toMillis(), report.storeTime().toMillis(), report.indexTime().toMillis(),
                        report.total().toMillis(), (cpuNow() - cpuStart) / 1_000_000);
            }
        }
        log.println("Analyse de " + scans + " scans…");
        List<String> texts = ScanSamples.mix(new Random(seed), 10_000);
        for (String text : texts) {
            ScanField.classify(text); // warm-up
        }
        long[] each = new long[scans];
        long total = System.nanoTime();
        for (int i = 0; i < scans; i++) {
            long t = System.nanoTime();
            ScanField.classify(texts.get(i % texts.size()));
            each[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - total) / 1e9;
        Arrays.sort(each);
        return new Result(firstStart, firstStartCpu, imported, medicines, presentations, heapMb, typedNames, keystrokes, search[0],
                search[1], search[2], search[3], scans, scans / seconds, percentile(each, 0.99) * 1000);
    }

    /** Names of commercialised medicines, as a user types them (the first word or two, up to 12 characters). */
    private static List<String> sampleNames(JdbcDrugCatalogue catalogue, Random random, int count) {
        List<String> all = new ArrayList<>();
        for (String letter : "abcdefghijklmnopqrstuvwxyz".split("")) {
            for (Medicine m : catalogue.search(letter, 2000)) {
                if (m.commercialised()) {
                    all.add(m.name());
                }
            }
        }
        List<String> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = all.get(random.nextInt(all.size()));
            picked.add(name.length() > 12 ? name.substring(0, 12) : name);
        }
        return picked;
    }

    /** Wall time per keystroke, and the thread's CPU time (what the machine's load does not inflate). */
    private static void type(JdbcDrugCatalogue catalogue, List<String> names, int limit, List<Long> latencies,
                             List<Long> cpu) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String name : names) {
            for (int length = 1; length <= name.length(); length++) {
                String typed = name.substring(0, length);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                List<Medicine> found = catalogue.search(typed, limit);
                // Touch the results as a list would (the first box of each row).
                for (Medicine m : found) {
                    m.presentations().stream().findFirst().map(Presentation::cip13);
                }
                if (latencies != null) {
                    latencies.add(System.nanoTime() - start);
                    cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
                }
            }
        }
    }

    /** This thread's CPU time: what the machine's load does not inflate. */
    private static long cpuNow() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
