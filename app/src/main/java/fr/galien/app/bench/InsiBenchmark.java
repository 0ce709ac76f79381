package fr.galien.app.bench;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * INSi round trip (issue 4 measures): the app's whole path — {@link InsiSearch} (lexical checks, audited
 * {@code INSI_CALL} row) through the real SOAP client (StAX writer, {@code java.net.http}, hardened parser) — against
 * the INSi simulator in-process on 127.0.0.1, in a throw-away demo data directory. One sample is one search that
 * ends on CR 00 with a single wire call (ECETINSI Pierre-Alain: an answer with two INSHISTO entries).
 */
public final class InsiBenchmark {

    /** Latencies in milliseconds of {@code samples} searches. */
    public record Result(int samples, double p50Ms, double p95Ms, double maxMs) {
    }

    private static final IdentityTraits ECETINSI = new IdentityTraits("ECETINSI", List.of("PIERRE-ALAIN"), Sex.M,
            new BirthDate(2009, 7, 14), null);
    private static final int WARM_UP = 200;

    private final PrintWriter progress;

    public InsiBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public Result run(Path dataDir, int runs) {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             // State in memory: the bench measures the wire, and its calls stay out of the user's INSi journal.
             InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults())) {
            DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
            InsiSearch search = runtime.insiSearch().orElseThrow(() -> new IllegalStateException("no INSi port"));
            Caller caller = runtime.caller();
            for (int i = 0; i < WARM_UP; i++) { // class loading, JIT, HTTP connection pool
                search(search, caller);
            }
            List<Double> millis = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                search(search, caller);
                millis.add((System.nanoTime() - start) / 1_000_000.0);
                if ((i + 1) % 500 == 0 || i + 1 == runs) {
                    progress.printf("%d/%d recherches INSi%n", i + 1, runs);
                    progress.flush();
                }
            }
            Collections.sort(millis);
            return new Result(runs, PscLoginBenchmark.percentile(millis, 50), PscLoginBenchmark.percentile(millis, 95),
                    millis.get(millis.size() - 1));
        }
    }

    private static void search(InsiSearch search, Caller caller) {
        InsiSearchOutcome outcome = search.searchByTraits(caller, ECETINSI);
        if (!outcome.found()) {
            throw new IllegalStateException("the simulator did not find the benchmark identity: " + outcome.result());
        }
    }
}
