package fr.galien.core.spi;

import fr.galien.core.outbox.Outbox;
import fr.galien.core.storage.Database;
import fr.galien.core.task.TaskExecutor;
import java.time.Clock;
import java.util.Map;

/**
 * What a module receives when it starts: its own settings (declared keys resolved against defaults), the database
 * (for its own tables, migrated by the host from {@link SegurService#migrationLocation()}), the outbox for calls
 * that must survive an outage, a worker executor (never the window's thread), the clock, and the ports of the
 * modules it requires.
 */
public interface ServiceContext {

    /** Settings of this module only, keyed by {@link ConfigKey#name()}. */
    Map<String, String> settings();

    Database database();

    Outbox outbox();

    /** Runs work in the background, off the window's thread; callbacks run on a worker too. */
    TaskExecutor tasks();

    Clock clock();

    /**
     * The port of another module, resolved at each call (keep the context, not the port: a module asks for the
     * Pro Santé Connect port when it makes a national call and always gets the live one). Only ports declared in
     * {@link ServiceDescriptor#requires()} may be asked for ({@code MOD-0006} otherwise, a programming error).
     *
     * @throws fr.galien.core.error.SegurException {@code MOD-0005} when that module is not started (stopped since)
     */
    <Q> Q port(Class<Q> type);
}
