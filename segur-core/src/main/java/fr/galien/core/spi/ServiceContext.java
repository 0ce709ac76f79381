package fr.galien.core.spi;

import fr.galien.core.outbox.Outbox;
import fr.galien.core.storage.Database;
import fr.galien.core.task.TaskExecutor;
import java.time.Clock;
import java.util.Map;

/**
 * What a module receives when it starts: its own settings (declared keys resolved against defaults), the database
 * (for its own tables, migrated by the host from {@link SegurService#migrationLocation()}), the outbox for calls
 * that must survive an outage, the executor and the clock.
 */
public interface ServiceContext {

    /** Settings of this module only, keyed by {@link ConfigKey#name()}. */
    Map<String, String> settings();

    Database database();

    Outbox outbox();

    TaskExecutor tasks();

    Clock clock();
}
