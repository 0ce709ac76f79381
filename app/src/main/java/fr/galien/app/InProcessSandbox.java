package fr.galien.app;

import fr.galien.core.domain.Practice;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.psc.PscSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The national-service simulators running inside this process on 127.0.0.1 (random ports), shared by the window
 * ({@link GalienUiContext}) and the commands that need a PSC provider offline ({@code galien psc login}): a demo
 * practice, or one without its own {@code psc.issuer}, talks to the in-process PSC simulator.
 */
public final class InProcessSandbox implements AutoCloseable {

    private final SandboxHost host;
    private final PscSimulator psc;

    private InProcessSandbox(SandboxHost host, PscSimulator psc) {
        this.host = host;
        this.psc = psc;
    }

    /** Starts every simulator found on the class path. */
    public static InProcessSandbox start() {
        return start(SandboxOptions.defaults());
    }

    public static InProcessSandbox start(SandboxOptions options) {
        List<Simulator> simulators = new ArrayList<>();
        ServiceLoader.load(Simulator.class, SandboxHost.class.getClassLoader()).forEach(simulators::add);
        return start(options, simulators);
    }

    /** Starts the given simulators (a bench with its own PSC settings, tests). */
    public static InProcessSandbox start(SandboxOptions options, List<? extends Simulator> simulators) {
        SandboxHost host = SandboxHost.start(options, simulators);
        PscSimulator psc = simulators.stream().filter(PscSimulator.class::isInstance).map(PscSimulator.class::cast)
                .findFirst().orElse(null);
        return new InProcessSandbox(host, psc);
    }

    /**
     * Whether this practice talks to simulators rather than the real services: a demo practice always, any practice
     * until a production {@code psc.issuer} is configured (Ségur endpoints are configuration, never defaults).
     */
    public static boolean servesPracticeOf(GalienRuntime runtime) {
        boolean demo = runtime.practice().map(Practice::demo).orElse(false);
        return demo || runtime.practices().setting("psc.issuer").isEmpty();
    }

    public SandboxHost host() {
        return host;
    }

    public Optional<PscSimulator> psc() {
        return Optional.ofNullable(psc);
    }

    /**
     * Settings for {@link GalienRuntime#startModules(fr.galien.core.task.TaskExecutor, Map)}: the in-process PSC
     * simulator's issuer (random port) and demo client, unless a real practice configured its own issuer.
     */
    public Map<String, String> moduleOverrides(GalienRuntime runtime) {
        if (psc == null || !servesPracticeOf(runtime)) {
            return Map.of();
        }
        return Map.of("psc.issuer", psc.issuer().toString(),
                "psc.clientId", PscSimulator.DEMO_CLIENT_ID,
                "psc.clientSecret", PscSimulator.DEMO_CLIENT_SECRET);
    }

    @Override
    public void close() {
        host.close();
    }
}
