package fr.galien.core.spi;

import fr.galien.core.outbox.OutboxHandler;
import java.util.List;
import java.util.Optional;

/**
 * The plug-in contract of a Ségur module (INSi, DMP, MSSanté, e-prescription, Pro Santé Connect…).
 *
 * <p>Implementations are found at start with {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/fr.galien.core.spi.SegurService}); see {@link SegurServices}. The lifecycle is
 * start → health* → stop, called by the app's composition root. A module exposes its port through {@link #port()}.
 */
public interface SegurService {

    ServiceDescriptor descriptor();

    /** Settings this module understands, with their defaults. */
    default List<ConfigKey> configuration() {
        return List.of();
    }

    /**
     * Flyway location of this module's own migrations (e.g. {@code classpath:db/migration/ins}), applied with a
     * history table of its own before {@link #start}.
     */
    default Optional<String> migrationLocation() {
        return Optional.empty();
    }

    void start(ServiceContext context);

    /**
     * Sends this module's queued calls (outbox rows whose service is this module's id), or empty when the module
     * queues nothing. Called by the host's dispatcher, never on the FX thread.
     */
    default Optional<OutboxHandler> outboxHandler() {
        return Optional.empty();
    }

    /** Must answer fast (it is polled by the Services view): report the last known state, do not call out here. */
    Health health();

    void stop();

    /** The implementation of {@link ServiceDescriptor#port()}. */
    Object port();
}
