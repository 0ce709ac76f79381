package fr.galien.core.spi;

import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.outbox.Backoff;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxDispatcher;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.patient.PracticeRepository;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Ségur modules found at start, each after the modules it requires: applies each module's own
 * migrations (own history table), hands it its settings, the shared services and the ports it declared, then runs
 * the outbox dispatcher for the modules that queue calls. A module that fails to start is logged and left out (its
 * health says so), and so are the modules that require it; it never stops the others or the app.
 */
public final class ModuleHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleHost.class);
    static final Duration DISPATCH_PERIOD = Duration.ofSeconds(5);

    private final SegurServices services;
    private final List<SegurService<?>> started = new ArrayList<>();
    private final Map<Class<?>, SegurService<?>> startedByPort = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failures = new LinkedHashMap<>();
    private final Map<String, OutboxHandler> handlers = new HashMap<>();
    private OutboxDispatcher dispatcher;
    private Shared shared;
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService scheduler;
    private java.util.concurrent.ExecutorService senders;
    static final int SENDERS = 4;

    private ModuleHost(SegurServices services) {
        this.services = services;
    }

    /** What every module shares: the database, settings, outbox, a worker executor and the clock. */
    public record Shared(Database database, PracticeRepository settings, Outbox outbox, TaskExecutor workers,
                         Clock clock) {
    }

    public static ModuleHost start(SegurServices services, Shared shared) {
        return start(services, shared, Map.of());
    }

    /**
     * @param overrides settings {@code <moduleId>.<key>} that win over the stored ones for this run only (the
     *                  in-process simulators' endpoints, whose ports are chosen at start)
     */
    public static ModuleHost start(SegurServices services, Shared shared, Map<String, String> overrides) {
        ModuleHost host = new ModuleHost(services);
        host.clock = shared.clock();
        host.shared = shared;
        for (SegurService<?> service : services.all()) {
            host.startOne(service, shared, overrides);
        }
        // The dispatcher takes the handlers of the modules that started (it copies them).
        host.dispatcher = new OutboxDispatcher(shared.database(), host.handlers, shared.clock(), Backoff.DEFAULT);
        return host;
    }

    private void startOne(SegurService<?> service, Shared shared, Map<String, String> overrides) {
        String id = service.descriptor().id();
        try {
            checkRequirements(service);
            service.migrationLocation().ifPresent(location -> shared.database().migrate(id, location));
            service.start(new Context(service, settingsOf(service, shared.settings(), overrides), shared));
            service.outboxHandler().ifPresent(handler -> handlers.put(id, handler));
            started.add(service);
            startedByPort.put(service.descriptor().port(), service);
        } catch (RuntimeException e) {
            LOG.error("Module {} failed to start", id, e);
            failures.put(id, e);
        }
    }

    private void checkRequirements(SegurService<?> service) {
        String id = service.descriptor().id();
        List<Class<?>> missing = services.missingRequirements(service);
        if (!missing.isEmpty()) {
            throw new SegurException(ModuleError.MOD_0003, id, missing.get(0).getSimpleName());
        }
        for (Class<?> required : service.descriptor().requires()) {
            if (!startedByPort.containsKey(required)) {
                throw new SegurException(ModuleError.MOD_0004, id, nameOf(required));
            }
        }
    }

    /** The French name of the module providing {@code port} (« Pro Santé Connect »), else the port's name. */
    private String nameOf(Class<?> port) {
        return services.provider(port).map(service -> "« " + service.descriptor().displayName() + " »")
                .orElse(port.getSimpleName());
    }

    /** Sends queued national calls every few seconds in the background (the window; not one-shot CLI commands). */
    public synchronized void startDispatching() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "galien-outbox");
                thread.setDaemon(true);
                return thread;
            });
            // Queued calls are sent a batch at a time, a few concurrently (a queue of thousands after an outage).
            senders = Executors.newFixedThreadPool(SENDERS, runnable -> {
                Thread thread = new Thread(runnable, "galien-outbox-send");
                thread.setDaemon(true);
                return thread;
            });
            dispatcher.start(scheduler, DISPATCH_PERIOD, senders);
        }
    }

    /**
     * Adds the handler of a service whose queued calls the core sends itself (the DMP's « Envoyer au DMP » needs the
     * patient documents, which live in the core: {@code fr.galien.core.dmp}), before dispatching starts. A module's
     * own handler for the same service is replaced.
     */
    public synchronized void addHandler(String service, OutboxHandler handler) {
        ModuleId.check(service);
        if (scheduler != null) {
            throw new IllegalStateException("handlers are added before dispatching starts");
        }
        handlers.put(service, java.util.Objects.requireNonNull(handler, "handler"));
        dispatcher = new OutboxDispatcher(shared.database(), handlers, shared.clock(), Backoff.DEFAULT);
    }

    /** The handler of a service's queued calls, if any (user actions on the queue call its hooks). */
    public synchronized Optional<OutboxHandler> handler(String service) {
        return Optional.ofNullable(handlers.get(service));
    }

    public List<SegurService<?>> started() {
        return List.copyOf(started);
    }

    /** The port of a started module; empty when its module is absent, failed or stopped. */
    public <P> Optional<P> port(Class<P> type) {
        return Optional.ofNullable(startedByPort.get(type)).map(service -> type.cast(service.port()));
    }

    /**
     * A module's health for the Services view: why it did not start (its French message and code, e.g. MOD-0004
     * when a module it requires failed), else its own.
     */
    public Health health(SegurService<?> service) {
        RuntimeException failure = failures.get(service.descriptor().id());
        if (failure == null) {
            return service.health();
        }
        String reason = failure instanceof SegurException coded ? coded.getMessage()
                : Messages.format(ModuleText.START_FAILED, failure.getClass().getSimpleName());
        return Health.down(reason, clock.instant());
    }

    /** Modules that refused to start, by id, with the reason (shown by the Services view as unavailable). */
    public Map<String, RuntimeException> failures() {
        return Map.copyOf(failures);
    }

    public synchronized OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    /** Declared defaults, overridden by the practice's settings stored as {@code <moduleId>.<key>}. */
    private static Map<String, String> settingsOf(SegurService<?> service, PracticeRepository settings,
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

    /** One module's view: its settings, the shared services, and only the ports it declared. */
    private final class Context implements ServiceContext {
        private final SegurService<?> module;
        private final Map<String, String> settings;
        private final Shared shared;

        private Context(SegurService<?> module, Map<String, String> settings, Shared shared) {
            this.module = module;
            this.settings = settings;
            this.shared = shared;
        }

        @Override
        public Map<String, String> settings() {
            return settings;
        }

        @Override
        public Database database() {
            return shared.database();
        }

        @Override
        public Outbox outbox() {
            return shared.outbox();
        }

        @Override
        public TaskExecutor tasks() {
            return shared.workers();
        }

        @Override
        public Clock clock() {
            return shared.clock();
        }

        @Override
        public <Q> Q port(Class<Q> type) {
            if (!module.descriptor().requires().contains(type)) {
                throw new SegurException(ModuleError.MOD_0006, module.descriptor().id(), type.getSimpleName());
            }
            return ModuleHost.this.port(type)
                    .orElseThrow(() -> new SegurException(ModuleError.MOD_0005, nameOf(type)));
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            dispatcher.stop();
            scheduler.shutdownNow();
            scheduler = null;
            senders.shutdownNow();
            senders = null;
        }
        // Last started first: a module may still use the ports it requires while it stops.
        for (int i = started.size() - 1; i >= 0; i--) {
            SegurService<?> service = started.get(i);
            startedByPort.remove(service.descriptor().port());
            try {
                service.stop();
            } catch (RuntimeException e) {
                LOG.warn("Module {} failed to stop cleanly", service.descriptor().id(), e);
            }
        }
        started.clear();
    }
}
