package fr.galien.sandbox;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

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

    /** Stops serving and frees the port. Called once, also after a failed start of another simulator. */
    void stop() throws Exception;
}
