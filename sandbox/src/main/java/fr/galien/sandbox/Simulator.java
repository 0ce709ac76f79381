package fr.galien.sandbox;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated national test platform (INSi, DMP, MSSanté, PSC …), found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/fr.galien.sandbox.Simulator} and run by {@link SandboxHost}.
 *
 * <p>An implementation needs a public no-argument constructor, binds exactly the address it is given (always on
 * 127.0.0.1; port 0 means "any free port"), and frees it in {@link #stop()}.
 */
public interface Simulator {

    /** Stable id, also the key of fixed ports in {@link SandboxOptions} (e.g. {@code insi}). */
    String id();

    /** French name for the Services view and the index (e.g. « Téléservice INSi »). */
    String displayName();

    /**
     * Called before {@link #start} when the sandbox keeps its state on disk: this simulator's own folder,
     * {@code <state>/<id>/} (created by the host; a folder it cannot write leaves the state in memory), shared with every other process of this user that runs the
     * same simulator, so flows cross processes and practices (a prescription made by the demo cabinet is fetched by
     * the demo pharmacy, a document sent yesterday is there today). Open {@link StateStore}s there with
     * {@link SimulatorState#in(java.nio.file.Path)}; without this call, keep state in memory
     * ({@link SimulatorState#inMemory()}). Ignored by default: a simulator without state needs nothing.
     */
    default void useStateDirectory(Path directory) {
    }

    /** Starts serving on {@code bindAddress}; throws if it cannot. */
    void start(InetSocketAddress bindAddress) throws Exception;

    /** Where clients reach it once started, with the actual port (e.g. {@code http://127.0.0.1:40123/}). */
    URI baseUrl();

    /**
     * The simulator's main addresses once started, by a short name (e.g. {@code lps → <base>insi/lps}), listed in
     * the index so people and scripts need not know the paths. Empty by default.
     */
    default Map<String, URI> endpoints() {
        return Map.of();
    }

    /**
     * The setting ({@code <moduleId>.<key>}) a practice fills in to use the real service instead of this simulator;
     * while it is empty (or in the demo) the simulator serves the practice. Empty for a simulator no module of
     * Galien talks to. Known before start: the app asks it to decide whether to start the sandbox at all.
     */
    default Optional<String> simulatedSetting() {
        return Optional.empty();
    }

    /**
     * Once started: every setting that points the connector it simulates at it ({@link #simulatedSetting()}
     * included, with the actual port; a test client id…). The simulator declares them so the app never names a
     * connector's settings: adding a connector touches its module and its simulator package only.
     */
    default Map<String, String> settingsOverrides() {
        return Map.of();
    }

    /**
     * Once started: what {@code galien sandbox} prints about it (modes, test data people need), as JSON-ready maps,
     * lists and scalars. Empty by default.
     */
    default Map<String, Object> describe() {
        return Map.of();
    }

    /** Stops serving and frees the port. Called once, also after a failed start of another simulator. */
    void stop() throws Exception;
}
