package fr.galien.app;

import fr.galien.core.outbox.Backoff;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxDispatcher;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.patient.PracticeRepository;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.storage.Database;
import fr.galien.core.task.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Ségur modules found at start: applies each module's own migrations (own history table), hands it its
 * settings and the shared services, then runs the outbox dispatcher for the modules that queue calls. A module that
 * fails to start is logged and left out (its health says so); it never stops the others or the app.
 */
public final class ModuleHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleHost.class);
    static final Duration DISPATCH_PERIOD = Duration.ofSeconds(5);

    private final List<SegurService> started = new ArrayList<>();
    private final Map<String, RuntimeException> failures = new LinkedHashMap<>();
    private final OutboxDispatcher dispatcher;
    private ScheduledExecutorService scheduler;

    private ModuleHost(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    public static ModuleHost start(SegurServices services, Database database, PracticeRepository settings,
                                   Outbox outbox, TaskExecutor tasks, Clock clock) {
        return start(services, database, settings, Map.of(), outbox, tasks, clock);
    }

    /**
     * @param overrides settings {@code <moduleId>.<key>} that win over the stored ones for this run only (the
     *                  in-process sandbox's PSC issuer, whose port is chosen at start)
     */
    public static ModuleHost start(SegurServices services, Database database, PracticeRepository settings,
                                   Map<String, String> overrides, Outbox outbox, TaskExecutor tasks, Clock clock) {
        Map<String, OutboxHandler> handlers = new HashMap<>();
        List<SegurService> running = new ArrayList<>();
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        for (SegurService service : services.all()) {
            String id = service.descriptor().id();
            try {
                service.migrationLocation().ifPresent(location -> database.migrate(id, location));
                service.start(context(settingsOf(service, settings, overrides), database, outbox, tasks, clock));
                service.outboxHandler().ifPresent(handler -> handlers.put(id, handler));
                running.add(service);
            } catch (RuntimeException e) {
                LOG.error("Module {} failed to start", id, e);
                failed.put(id, e);
            }
        }
        ModuleHost host = new ModuleHost(new OutboxDispatcher(database, handlers, clock, Backoff.DEFAULT));
        host.started.addAll(running);
        host.failures.putAll(failed);
        return host;
    }

    /** Sends queued national calls every few seconds in the background (the window; not one-shot CLI commands). */
    public synchronized void startDispatching() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "galien-outbox");
                thread.setDaemon(true);
                return thread;
            });
            dispatcher.start(scheduler, DISPATCH_PERIOD);
        }
    }

    public List<SegurService> started() {
        return List.copyOf(started);
    }

    /** Modules that refused to start, by id, with the reason (shown by the Services view as unavailable). */
    public Map<String, RuntimeException> failures() {
        return Map.copyOf(failures);
    }

    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    /** Declared defaults, overridden by the practice's settings stored as {@code <moduleId>.<key>}. */
    static Map<String, String> settingsOf(SegurService service, PracticeRepository settings) {
        return settingsOf(service, settings, Map.of());
    }

    static Map<String, String> settingsOf(SegurService service, PracticeRepository settings,
                                          Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigKey key : service.configuration()) {
            String name = service.descriptor().id() + "." + key.name();
            String stored = Optional.ofNullable(overrides.get(name))
                    .or(() -> settings.setting(name)).orElse(key.defaultValue());
            if (stored != null) {
                values.put(key.name(), stored);
            }
        }
        return Map.copyOf(values);
    }

    private static ServiceContext context(Map<String, String> settings, Database database, Outbox outbox,
                                          TaskExecutor tasks, Clock clock) {
        return new ServiceContext() {
            @Override
            public Map<String, String> settings() {
                return settings;
            }

            @Override
            public Database database() {
                return database;
            }

            @Override
            public Outbox outbox() {
                return outbox;
            }

            @Override
            public TaskExecutor tasks() {
                return tasks;
            }

            @Override
            public Clock clock() {
                return clock;
            }
        };
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            dispatcher.stop();
            scheduler.shutdownNow();
            scheduler = null;
        }
        for (SegurService service : started) {
            try {
                service.stop();
            } catch (RuntimeException e) {
                LOG.warn("Module {} failed to stop cleanly", service.descriptor().id(), e);
            }
        }
        started.clear();
    }
}
