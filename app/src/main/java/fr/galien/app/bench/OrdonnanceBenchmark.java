package fr.galien.app.bench;

import fr.galien.core.demo.DemoOrdonnances;
import fr.galien.core.ordonnance.Ordonnance;
import fr.galien.core.ordonnance.OrdonnancePdf;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Ordonnance PDF generation (issue 11, target ≥ 100 per second per core): renders the demo ordonnances — registered
 * with QR code, bizone ALD, paper only, vet — on one thread, then on {@code threads} threads, and reports documents
 * per CPU-second (per core) as well as per wall-clock second, with per-document latency percentiles. A warm-up
 * (JIT, fonts parsed once per thread) precedes the measure. A benchmark, not a test.
 */
public final class OrdonnanceBenchmark {

    /**
     * @param perCpuSecond documents per second of CPU time of the rendering threads: the "per core" figure
     * @param perWallSecond documents per second of elapsed time with all threads
     */
    public record Result(String kind, int threads, int documents, double perCpuSecond, double perWallSecond,
                         double p50Ms, double p95Ms, double maxMs, int averageBytes) {
    }

    private final PrintWriter log;

    public OrdonnanceBenchmark(PrintWriter log) {
        this.log = log;
    }

    public List<Result> run(int documents, int threads) throws Exception {
        OrdonnancePdf printer = new OrdonnancePdf(Clock.systemUTC());
        List<Result> results = new ArrayList<>();
        List<Kind> kinds = List.of(
                new Kind("numérique (QR)", () -> printer.render(DemoOrdonnances.electronic())),
                new Kind("bizone ALD", () -> printer.render(DemoOrdonnances.electronicBizone())),
                new Kind("papier", () -> printer.render(DemoOrdonnances.paperOnly())),
                new Kind("vétérinaire", () -> printer.render(DemoOrdonnances.vet(42))));
        log.println("Chauffe…");
        log.flush();
        for (Kind kind : kinds) {
            for (int i = 0; i < Math.max(50, documents / 5); i++) {
                kind.render.get();
            }
        }
        for (Kind kind : kinds) {
            results.add(measure(kind, documents, 1));
        }
        if (threads > 1) {
            results.add(measure(kinds.get(0), documents, threads));
        }
        return results;
    }

    private record Kind(String name, Supplier<byte[]> render) {
    }

    private Result measure(Kind kind, int documents, int threads) throws Exception {
        log.println("Mesure : " + kind.name() + ", " + threads + " fil(s)…");
        log.flush();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int perThread = Math.max(1, documents / threads);
            long wallStart = System.nanoTime();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long[] out = new long[perThread + 2];
                    long cpuStart = bean.getCurrentThreadCpuTime();
                    long bytes = 0;
                    for (int i = 0; i < perThread; i++) {
                        long start = System.nanoTime();
                        bytes += kind.render.get().length;
                        out[i] = System.nanoTime() - start;
                    }
                    out[perThread] = bean.getCurrentThreadCpuTime() - cpuStart;
                    out[perThread + 1] = bytes;
                    return out;
                }));
            }
            long cpu = 0;
            long bytes = 0;
            long[] latencies = new long[perThread * threads];
            int k = 0;
            for (Future<long[]> future : futures) {
                long[] out = future.get();
                System.arraycopy(out, 0, latencies, k, perThread);
                k += perThread;
                cpu += out[perThread];
                bytes += out[perThread + 1];
            }
            long wall = System.nanoTime() - wallStart;
            Arrays.sort(latencies);
            int total = perThread * threads;
            return new Result(kind.name(), threads, total, total / (cpu / 1e9), total / (wall / 1e9),
                    latencies[(int) (total * 0.50)] / 1e6, latencies[Math.min(total - 1, (int) (total * 0.95))] / 1e6,
                    latencies[total - 1] / 1e6, (int) (bytes / total));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The documents the benchmark prints, for a test that they render at all. */
    static List<Ordonnance> samples() {
        return List.of(DemoOrdonnances.electronic(), DemoOrdonnances.electronicBizone(), DemoOrdonnances.paperOnly());
    }
}
