package fr.galien.app;

import fr.galien.app.ui.session.DemoAccount;
import fr.galien.core.spi.Health;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.apcv.ApCvSimulator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The window's in-process simulators: started once (off the FX thread), the settings the modules were started with
 * (so screens know which services are simulated without reading the database), the demo's conveniences (the
 * invented PSC professionals for the login screen, the ApCV test codes), and the « Bac à sable » row of the
 * Services view.
 */
final class WindowSandbox implements AutoCloseable {

    private final GalienRuntime runtime;
    private volatile InProcessSandbox sandbox;
    private volatile Map<String, String> startedOverrides = Map.of();

    WindowSandbox(GalienRuntime runtime) {
        this.runtime = runtime;
    }

    /** Starts the simulators on 127.0.0.1 (random ports); call it off the FX thread. */
    synchronized void start() {
        if (sandbox == null) {
            sandbox = InProcessSandbox.start();
        }
    }

    /**
     * Stops the simulators (a real practice was just created on the first-run screen, ADR 0023): the modules started
     * on their ports then find nothing there (« indisponible ») until the next start, where they are « non
     * configuré » — never simulated.
     */
    synchronized void stop() {
        InProcessSandbox started = sandbox;
        sandbox = null;
        startedOverrides = Map.of();
        if (started != null) {
            started.close();
        }
    }

    boolean running() {
        return sandbox != null;
    }

    /** See {@link InProcessSandbox#moduleOverrides(GalienRuntime)}, remembered; empty while not started. */
    Map<String, String> moduleOverrides() {
        InProcessSandbox started = sandbox;
        Map<String, String> overrides = started == null ? Map.of() : started.moduleOverrides(runtime);
        startedOverrides = Map.copyOf(overrides);
        return overrides;
    }

    /** The invented professionals the login screen offers (those whose e-CPS approves). */
    List<DemoAccount> demoAccounts() {
        InProcessSandbox started = sandbox;
        if (started == null || started.psc().isEmpty()) {
            return List.of();
        }
        return started.psc().get().directory().stream()
                .filter(professional -> !professional.ecpsBlocked() && !professional.deniesOnPhone())
                .map(professional -> new DemoAccount(professional.nationalId(),
                        professional.givenName() + " " + professional.familyName() + " — " + professional.purpose(),
                        practicesOf(professional)))
                .toList();
    }

    /** The kinds of practice one of the professional's exercises may open (the demo pre-fills a fitting one). */
    private static java.util.Set<fr.galien.core.domain.PracticeProfile> practicesOf(
            fr.galien.sandbox.psc.TestProfessional professional) {
        java.util.Set<fr.galien.core.domain.PracticeProfile> fits =
                java.util.EnumSet.noneOf(fr.galien.core.domain.PracticeProfile.class);
        for (fr.galien.core.domain.PracticeProfile profile : fr.galien.core.domain.PracticeProfile.values()) {
            if (profile != fr.galien.core.domain.PracticeProfile.CABINET_VETERINAIRE
                    && professional.exercises().stream().anyMatch(exercise ->
                    fr.galien.core.security.ProfessionRoles.fitsPractice(exercise.professionCode(), profile))) {
                fits.add(profile);
            }
        }
        return fits;
    }

    /** The ApCV simulator only when the ApCV module was started on it (not on a real, configured endpoint). */
    Optional<ApCvSimulator> servingApCv() {
        InProcessSandbox started = sandbox;
        if (started == null) {
            return Optional.empty();
        }
        return started.apCv().filter(apCv -> InProcessSandbox.serves(apCv, startedOverrides));
    }

    Health health(Clock clock) {
        InProcessSandbox started = sandbox;
        if (started == null) {
            return new Health(Health.State.NON_DEMARRE, "Bac à sable arrêté", clock.instant());
        }
        SandboxHost host = started.host();
        return Health.up("Simulateurs sur " + host.indexUrl() + " (" + host.urls().size() + " simulateur(s))",
                clock.instant());
    }

    @Override
    public void close() {
        InProcessSandbox started = sandbox;
        if (started != null) {
            started.close();
        }
    }
}
