package fr.galien.app.bench;

import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.demo.DemoPatients;
import fr.galien.core.domain.Patient;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Size of the H2 file while the application stays open (issue 9 deliverable 8, ADR 0003): a month of counter work
 * compressed in time — each « day » is {@code commitsPerDay} committing transactions, 30 % patients created and 70 %
 * patients opened (each opening writes its audit row) — without closing the database; then a bulk import of
 * {@code importSize} patients in one all-or-nothing transaction. A sampler thread records the largest size the file
 * reaches. A benchmark, not a test: the figures go to ADR 0003.
 */
public final class FileSizeBenchmark {

    /** One day of the simulated month. */
    public record Day(int day, long commits, long maxBytes, long endBytes, long seconds) {
    }

    /** The month, then the import. */
    public record Result(List<Day> days, long monthLiveBytes, long importPatients, long importMaxBytes,
                         long importEndBytes, long importClosedBytes, long importSeconds) {
    }

    private static final int SEED_PATIENTS = 2_000;

    private final PrintWriter log;

    public FileSizeBenchmark(PrintWriter log) {
        this.log = log;
    }

    public Result run(Path root, int days, int commitsPerDay, int importSize) throws IOException {
        Path monthDir = Files.createDirectories(root.resolve("mois"));
        DatabaseSettings month = DatabaseSettings.forDataDirectory(monthDir);
        List<Day> result = new ArrayList<>();
        long monthLive;
        try (Database database = Database.open(month);
             Sampler sampler = new Sampler(month.h2File())) {
            JdbcPatientRegistry registry = new JdbcPatientRegistry(database, new JdbcAuditTrail(Clock.systemUTC()),
                    Clock.systemUTC());
            List<UUID> ids = new ArrayList<>();
            for (Patient p : registry.createAll(BenchPatients.BENCH, DemoPatients.generateForBenchmark(1L,
                    SEED_PATIENTS))) {
                ids.add(p.id());
            }
            SplittableRandom random = new SplittableRandom(7L);
            long serial = 0;
            for (int day = 1; day <= days; day++) {
                long start = System.nanoTime();
                sampler.reset();
                for (int i = 0; i < commitsPerDay; i++) {
                    if (random.nextInt(10) < 3) {
                        Patient created = registry.create(BenchPatients.BENCH,
                                DemoPatients.generateForBenchmark(1_000_000L + serial++, 1).get(0));
                        ids.add(created.id());
                    } else {
                        registry.open(BenchPatients.BENCH, ids.get(random.nextInt(ids.size())));
                    }
                }
                Day done = new Day(day, commitsPerDay, sampler.max(), Files.size(month.h2File()),
                        (System.nanoTime() - start) / 1_000_000_000);
                result.add(done);
                log.printf("jour %d : %,d validations, fichier au plus %,d Ko, %,d Ko en fin de journée (%d s)%n",
                        day, done.commits(), done.maxBytes() / 1024, done.endBytes() / 1024, done.seconds());
                log.flush();
            }
        }
        monthLive = Files.size(month.h2File());

        Path importDir = Files.createDirectories(root.resolve("import"));
        DatabaseSettings bulk = DatabaseSettings.forDataDirectory(importDir);
        long importMax;
        long importEnd;
        long start = System.nanoTime();
        try (Database database = Database.open(bulk);
             Sampler sampler = new Sampler(bulk.h2File())) {
            JdbcPatientRegistry registry = new JdbcPatientRegistry(database, new JdbcAuditTrail(Clock.systemUTC()),
                    Clock.systemUTC());
            // one transaction, as `patients import` does (all or nothing)
            registry.createAll(BenchPatients.BENCH, DemoPatients.generateForBenchmark(2_000_000L, importSize));
            log.printf("import : %,d patients, fichier au plus %,d Ko%n", importSize, sampler.max() / 1024);
            log.flush();
            importMax = sampler.max();
            importEnd = Files.size(bulk.h2File());
        }
        long importSeconds = (System.nanoTime() - start) / 1_000_000_000;
        return new Result(result, monthLive, importSize, importMax, importEnd, Files.size(bulk.h2File()),
                importSeconds);
    }

    /** Samples the file size every 20 ms on a thread of its own. */
    private static final class Sampler implements AutoCloseable {
        private final Path file;
        private final AtomicLong max = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Sampler(Path file) {
            this.file = file;
            this.thread = new Thread(this::sample, "taille-base");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            while (running.get()) {
                try {
                    long size = Files.size(file);
                    max.accumulateAndGet(size, Math::max);
                    Thread.sleep(20);
                } catch (IOException e) {
                    // between a compaction's delete and rename: sample again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long max() {
            return max.get();
        }

        void reset() {
            max.set(0);
        }

        @Override
        public void close() {
            running.set(false);
            thread.interrupt();
        }
    }
}
