package fr.galien.ins;

import fr.galien.core.outbox.Outbox;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.storage.Database;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.task.TaskExecutor;
import java.time.Clock;
import java.util.Map;

/** A ServiceContext for starting the module's services in tests: settings only (the module keeps no table). */
final class TestContexts {

    private TestContexts() {
    }

    static ServiceContext withSettings(Map<String, String> settings) {
        TaskExecutor tasks = new CurrentThreadTaskExecutor();
        return new ServiceContext() {
            @Override
            public Map<String, String> settings() {
                return settings;
            }

            @Override
            public Database database() {
                throw new UnsupportedOperationException("the ins module keeps no table");
            }

            @Override
            public Outbox outbox() {
                throw new UnsupportedOperationException("the ins module queues nothing");
            }

            @Override
            public TaskExecutor tasks() {
                return tasks;
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }
        };
    }
}
