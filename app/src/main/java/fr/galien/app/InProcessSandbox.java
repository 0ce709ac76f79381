package fr.galien.app;

import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.apcv.ApCvSimulator;
import fr.galien.sandbox.insi.InsiSimulator;
import fr.galien.sandbox.psc.PscSimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The national-service simulators running inside this process on 127.0.0.1 (random ports), shared by the window
 * ({@link GalienUiContext}) and the commands that make national calls offline. Each simulator declares the setting
 * that a practice fills in to use the real service and the settings that point its connector at it
 * ({@link Simulator#simulatedSetting()}, {@link Simulator#settingsOverrides()}): nothing here names a connector.
 */
public final class InProcessSandbox implements AutoCloseable {

    private final SandboxHost host;
    private final SandboxOptions options;

    private InProcessSandbox(SandboxHost host, SandboxOptions options) {
        this.host = host;
        this.options = options;
    }

    /**
     * Starts every simulator found on the class path, with the state shared by every practice of this user
     * ({@link SandboxStateDirectory}): the window, the demo and the commands making national calls.
     */
    public static InProcessSandbox start() {
        return start(defaultOptions());
    }

    /** Random ports, the user's shared state ({@link SandboxStateDirectory#resolve()}). */
    public static SandboxOptions defaultOptions() {
        return SandboxOptions.defaults().withStateDirectory(SandboxStateDirectory.resolve());
    }

    public static InProcessSandbox start(SandboxOptions options) {
        return start(options, discovered());
    }

    /** Starts the given simulators (a bench with its own PSC settings, tests). */
    public static InProcessSandbox start(SandboxOptions options, List<? extends Simulator> simulators) {
        return new InProcessSandbox(SandboxHost.start(options, simulators), options);
    }

    private static List<Simulator> discovered() {
        List<Simulator> simulators = new ArrayList<>();
        ServiceLoader.load(Simulator.class, SandboxHost.class.getClassLoader()).forEach(simulators::add);
        return simulators;
    }

    /**
     * Whether this practice talks to at least one simulator rather than the real service (ADR 0023): the demo
     * always, a training practice until it configured the endpoint of each simulated service, a real practice
     * never (its unconfigured services are « non configuré »). Before any practice exists (the first-run screen,
     * which offers the demo) the simulators are allowed.
     */
    public static boolean servesPracticeOf(GalienRuntime runtime) {
        Optional<PracticeMode> mode = modeOf(runtime);
        return discovered().stream().map(Simulator::simulatedSetting).flatMap(Optional::stream)
                .anyMatch(setting -> simulates(runtime, mode, setting));
    }

    private static Optional<PracticeMode> modeOf(GalienRuntime runtime) {
        return runtime.practice().map(Practice::mode);
    }

    /** Demo: always; training or no practice yet: until {@code setting} is configured; real: never. */
    private static boolean simulates(GalienRuntime runtime, Optional<PracticeMode> mode, String setting) {
        if (mode.isPresent() && !mode.get().simulated()) {
            return false;
        }
        return mode.filter(PracticeMode.DEMO::equals).isPresent() || runtime.practices().setting(setting).isEmpty();
    }

    public SandboxHost host() {
        return host;
    }

    /** Where the simulators keep their state, empty when it stays in memory (benches, most tests). */
    public Optional<Path> stateDirectory() {
        return Optional.ofNullable(options.stateDirectory());
    }

    /** The started simulator of this type, if any (the demo's conveniences: test professionals, test codes). */
    public <T extends Simulator> Optional<T> simulator(Class<T> type) {
        return host.simulators().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public Optional<PscSimulator> psc() {
        return simulator(PscSimulator.class);
    }

    public Optional<InsiSimulator> insi() {
        return simulator(InsiSimulator.class);
    }

    public Optional<ApCvSimulator> apCv() {
        return simulator(ApCvSimulator.class);
    }

    /**
     * Settings for {@link GalienRuntime#startModules(fr.galien.core.task.TaskExecutor, Map)}: each simulator's own
     * overrides (endpoints with their random ports), for every service the practice has not configured for real.
     */
    public Map<String, String> moduleOverrides(GalienRuntime runtime) {
        Map<String, String> overrides = new LinkedHashMap<>();
        Optional<PracticeMode> mode = modeOf(runtime);
        for (Simulator simulator : host.simulators()) {
            simulator.simulatedSetting()
                    .filter(setting -> simulates(runtime, mode, setting))
                    .ifPresent(setting -> overrides.putAll(simulator.settingsOverrides()));
        }
        return overrides;
    }

    /** Whether the module settings {@code overrides} point the service of {@code simulator} at it. */
    public static boolean serves(Simulator simulator, Map<String, String> overrides) {
        return simulator.simulatedSetting().map(overrides::containsKey).orElse(false);
    }

    @Override
    public void close() {
        host.close();
    }
}
