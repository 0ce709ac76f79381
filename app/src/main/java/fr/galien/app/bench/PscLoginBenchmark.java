package fr.galien.app.bench;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.GalienSession;
import fr.galien.app.InProcessSandbox;
import fr.galien.app.LocalAccounts;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.psc.PscSettings;
import fr.galien.sandbox.psc.PscSimulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Time from « Se connecter » to connected (issue 3 measures): the app's whole path — {@link GalienSession#loginWithPsc}
 * through the real PSC client, CIBA polling, ID token validation, userinfo, the audited LOGIN — against the PSC
 * simulator in-process on 127.0.0.1, in a throw-away demo data directory. The simulator keeps PSC's CIBA interval
 * (1 s, the client waits it before its first poll), so that interval is the floor of every sample.
 */
public final class PscLoginBenchmark {

    /** One series: its simulated phone-approval delay and the latencies in milliseconds. */
    public record Result(long approvalDelayMs, int samples, double p50Ms, double p95Ms, double maxMs) {
    }

    private final PrintWriter progress;

    public PscLoginBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    /**
     * @param runs          logins with an instant approval
     * @param slowRuns      logins with the default 1.5 s approval on the phone (0 to skip)
     */
    public List<Result> run(Path dataDir, String nationalId, int runs, int slowRuns) {
        PscSimulator simulator = new PscSimulator(PscSettings.defaults().withApprovalDelay(Duration.ZERO));
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults(), List.of(simulator))) {
            DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
            GalienSession sessions = new GalienSession(runtime, runtime::pscPort,
                    () -> Optional.<LocalAccounts>empty(), page -> { }, List.of());
            login(sessions, nationalId); // warm-up: class loading, TLS-free HTTP client, discovery, JWKS
            List<Result> results = new ArrayList<>();
            results.add(series(sessions, nationalId, runs, 0));
            if (slowRuns > 0) {
                Duration standard = PscSettings.defaults().approvalDelay();
                simulator.modes().setApprovalDelay(standard);
                results.add(series(sessions, nationalId, slowRuns, standard.toMillis()));
            }
            return results;
        }
    }

    private Result series(GalienSession sessions, String nationalId, int runs, long approvalDelayMs) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(login(sessions, nationalId));
            if ((i + 1) % 10 == 0 || i + 1 == runs) {
                progress.printf("Validation en %d ms : %d/%d connexions%n", approvalDelayMs, i + 1, runs);
                progress.flush();
            }
        }
        Collections.sort(millis);
        return new Result(approvalDelayMs, runs, percentile(millis, 50), percentile(millis, 95),
                millis.get(millis.size() - 1));
    }

    /** One login, timed from the call to the session; the logout after it is not timed. */
    private static double login(GalienSession sessions, String nationalId) {
        long start = System.nanoTime();
        UserSession user = sessions.loginWithPsc(nationalId, line -> { }).session().orElseThrow();
        double elapsed = (System.nanoTime() - start) / 1_000_000.0;
        sessions.logout(user);
        return elapsed;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
