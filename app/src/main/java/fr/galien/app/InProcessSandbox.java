package fr.galien.app;

import fr.galien.core.domain.Practice;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.apcv.ApCvSimulator;
import fr.galien.sandbox.insi.InsiSimulator;
import fr.galien.sandbox.psc.PscSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private static final String PSC_ISSUER = "psc.issuer";
    private static final String INS_ENDPOINT = "ins.endpoint";
    static final String APCV_ENDPOINT = "apcv.endpoint";
    private static final List<String> SIMULATED_SETTINGS = List.of(PSC_ISSUER, INS_ENDPOINT, APCV_ENDPOINT);

    private final SandboxHost host;
    private final PscSimulator psc;
    private final InsiSimulator insi;
    private final ApCvSimulator apCv;

    private InProcessSandbox(SandboxHost host, PscSimulator psc, InsiSimulator insi, ApCvSimulator apCv) {
        this.host = host;
        this.psc = psc;
        this.insi = insi;
        this.apCv = apCv;
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
        return new InProcessSandbox(host, find(simulators, PscSimulator.class), find(simulators, InsiSimulator.class),
                find(simulators, ApCvSimulator.class));
    }

    private static <T> T find(List<? extends Simulator> simulators, Class<T> type) {
        return simulators.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /**
     * Whether this practice talks to at least one simulator rather than the real service: a demo practice always,
     * any practice until it configured the production endpoints of PSC, INSi and ApCV (Ségur endpoints are
     * configuration, never defaults).
     */
    public static boolean servesPracticeOf(GalienRuntime runtime) {
        boolean demo = isDemo(runtime);
        return SIMULATED_SETTINGS.stream().anyMatch(setting -> simulates(runtime, demo, setting));
    }

    private static boolean isDemo(GalienRuntime runtime) {
        return runtime.practice().map(Practice::demo).orElse(false);
    }

    /** A demo practice always uses the simulators; another practice until it configured {@code setting}. */
    private static boolean simulates(GalienRuntime runtime, boolean demo, String setting) {
        return demo || runtime.practices().setting(setting).isEmpty();
    }

    public SandboxHost host() {
        return host;
    }

    public Optional<PscSimulator> psc() {
        return Optional.ofNullable(psc);
    }

    public Optional<InsiSimulator> insi() {
        return Optional.ofNullable(insi);
    }

    public Optional<ApCvSimulator> apCv() {
        return Optional.ofNullable(apCv);
    }

    /**
     * Settings for {@link GalienRuntime#startModules(fr.galien.core.task.TaskExecutor, Map)}: each simulator's
     * endpoint (random port), for every service the practice has not configured for real — PSC issuer and demo
     * client, INSi {@code /lps}, ApCV base.
     */
    public Map<String, String> moduleOverrides(GalienRuntime runtime) {
        Map<String, String> overrides = new LinkedHashMap<>();
        boolean demo = isDemo(runtime);
        if (psc != null && simulates(runtime, demo, PSC_ISSUER)) {
            overrides.put(PSC_ISSUER, psc.issuer().toString());
            overrides.put("psc.clientId", PscSimulator.DEMO_CLIENT_ID);
            overrides.put("psc.clientSecret", PscSimulator.DEMO_CLIENT_SECRET);
        }
        if (insi != null && simulates(runtime, demo, INS_ENDPOINT)) {
            overrides.put(INS_ENDPOINT, insi.lpsUrl().toString());
        }
        if (apCv != null && simulates(runtime, demo, APCV_ENDPOINT)) {
            overrides.put(APCV_ENDPOINT, apCv.baseUrl().resolve("/apcv").toString());
        }
        return overrides;
    }

    @Override
    public void close() {
        host.close();
    }
}
