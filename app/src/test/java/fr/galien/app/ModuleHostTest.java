package fr.galien.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.outbox.Delivery;
import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.outbox.OutboxRequest;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.port.InsiPort;
import fr.galien.core.spi.ModuleHost;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host starts modules with their migrations and settings, isolates a failing one, and runs their outbox. */
class ModuleHostTest {

    @TempDir
    Path dataDir;

    @Test
    void startsModulesWithTheirMigrationsAndSettingsAndDispatchesTheirQueuedCalls() {
        RecordingModule module = new RecordingModule("appmodule");
        FailingModule broken = new FailingModule();
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            runtime.practices().save(new Practice("Officine d'essai", PracticeProfile.OFFICINE, null, null, false));
            runtime.practices().putSetting("appmodule.endpoint", "http://127.0.0.1:9/insi");

            try (ModuleHost host = ModuleHost.start(SegurServices.of(List.of(module, broken)), shared(runtime))) {
                assertThat(host.started()).containsExactly(module);
                assertThat(host.failures()).containsOnlyKeys("broken");
                assertThat(module.context.settings())
                        .containsEntry("endpoint", "http://127.0.0.1:9/insi")
                        .containsEntry("timeout", "10");
                // its own migration ran: the table exists
                runtime.database().inTransaction(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO appmodule_note (id, text) VALUES ('1', 'ok')")) {
                        return insert.executeUpdate();
                    }
                });

                runtime.database().inTransaction(connection -> runtime.outbox().enqueue(connection,
                        new OutboxRequest("appmodule", "send", "key-1", "{}")));
                assertThat(host.dispatcher().dispatchDue()).isEqualTo(1);

                assertThat(module.sent).containsExactly("key-1");
                OutboxEntry entry = runtime.database().inTransaction(connection ->
                        runtime.outbox().findByKey(connection, "key-1")).orElseThrow();
                assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
            }
            assertThat(module.stopped).isTrue();
        }
    }

    private static ModuleHost.Shared shared(GalienRuntime runtime) {
        return new ModuleHost.Shared(runtime.database(), runtime.practices(), runtime.outbox(),
                new CurrentThreadTaskExecutor(), runtime.clock());
    }

    private static final class RecordingModule implements SegurService<InsiPort> {
        private final String id;
        private final List<String> sent = new ArrayList<>();
        private ServiceContext context;
        private boolean stopped;

        RecordingModule(String id) {
            this.id = id;
        }

        @Override
        public ServiceDescriptor<InsiPort> descriptor() {
            return new ServiceDescriptor<>(id, "Module d'essai", InsiPort.class);
        }

        @Override
        public List<ConfigKey> configuration() {
            return List.of(new ConfigKey("endpoint", "http://127.0.0.1:1/", "Adresse"),
                    new ConfigKey("timeout", "10", "Délai en secondes"));
        }

        @Override
        public Optional<String> migrationLocation() {
            return Optional.of("classpath:db/migration/appmodule");
        }

        @Override
        public void start(ServiceContext serviceContext) {
            this.context = serviceContext;
        }

        @Override
        public Optional<OutboxHandler> outboxHandler() {
            return Optional.of(entry -> {
                sent.add(entry.idempotencyKey());
                return new Delivery.Sent("accusé " + entry.idempotencyKey());
            });
        }

        @Override
        public Health health() {
            return Health.up("ok", Instant.EPOCH);
        }

        @Override
        public void stop() {
            stopped = true;
        }

        @Override
        public InsiPort port() {
            throw new UnsupportedOperationException("not called");
        }
    }

    private static final class FailingModule implements SegurService<ApCvPort> {
        @Override
        public ServiceDescriptor<ApCvPort> descriptor() {
            return new ServiceDescriptor<>("broken", "Module cassé", ApCvPort.class);
        }

        @Override
        public void start(ServiceContext context) {
            throw new IllegalStateException("configuration manquante");
        }

        @Override
        public Health health() {
            return Health.down("non démarré", Instant.EPOCH);
        }

        @Override
        public void stop() {
        }

        @Override
        public ApCvPort port() {
            throw new IllegalStateException("never started");
        }
    }
}
