package fr.galien.core.testsupport;

import fr.galien.core.outbox.Outbox;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.storage.Database;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.task.TaskExecutor;
import java.time.Clock;
import java.util.Map;

/**
 * A {@link ServiceContext} for starting a module in tests when it keeps no table and queues nothing: its settings,
 * a current-thread executor, the system clock and the ports the test gives; the database and the outbox refuse to be used.
 */
public final class SettingsOnlyContext {

    private SettingsOnlyContext() {
    }

    public static ServiceContext of(Map<String, String> settings) {
        return of(settings, Map.of());
    }

    /** Same, with the ports of other modules this module requires (fakes of the test). */
    public static ServiceContext of(Map<String, String> settings, Map<Class<?>, Object> ports) {
        TaskExecutor tasks = new CurrentThreadTaskExecutor();
        return new ServiceContext() {
            @Override
            public Map<String, String> settings() {
                return settings;
            }

            @Override
            public Database database() {
                throw new UnsupportedOperationException("this module keeps no table");
            }

            @Override
            public Outbox outbox() {
                throw new UnsupportedOperationException("this module queues nothing");
            }

            @Override
            public TaskExecutor tasks() {
                return tasks;
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public <Q> Q port(Class<Q> type) {
                Object port = ports.get(type);
                if (port == null) {
                    throw new UnsupportedOperationException("no " + type.getSimpleName() + " given to this test");
                }
                return type.cast(port);
            }
        };
    }
}
