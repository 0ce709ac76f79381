package fr.galien.core.spi;

import fr.galien.core.outbox.OutboxHandler;
import java.util.List;
import java.util.Optional;

/**
 * The plug-in contract of a Ségur module (INSi, DMP, MSSanté, e-prescription, Pro Santé Connect…).
 *
 * <p>Implementations are found at start with {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/fr.galien.core.spi.SegurService}); see {@link SegurServices}. The lifecycle is
 * start → health* → stop, called by the app's composition root, modules needing others started after them
 * ({@link ServiceDescriptor#requires()}). A module exposes its port through {@link #port()} once started.
 *
 * @param <P> the core port this module implements
 */
public interface SegurService<P> {

    ServiceDescriptor<P> descriptor();

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

    /** Called once, after the modules it requires started; throws if it cannot start (it is then left out). */
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

    /**
     * The implementation of {@link ServiceDescriptor#port()}; only asked for between {@link #start} and
     * {@link #stop} (the host hands out ports of started modules only).
     */
    P port();
}
