package fr.galien.kit.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.core.testsupport.SettingsOnlyContext;
import fr.galien.kit.http.CallStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The connector lifecycle written once: port only while started, health with the calls' figures, release on stop. */
class ClientModuleTest {

    interface EchoPort {
        String echo(String text);
    }

    static final class EchoClient implements EchoPort, MeasuredClient {
        Optional<CallStats.Snapshot> stats = Optional.empty();
        boolean released;

        @Override
        public String echo(String text) {
            return text;
        }

        @Override
        public Optional<CallStats.Snapshot> callStats() {
            return stats;
        }
    }

    static final class EchoModule extends ClientModule<EchoPort, EchoClient> {
        @Override
        public ServiceDescriptor<EchoPort> descriptor() {
            return new ServiceDescriptor<>("echo", "Service d'écho", EchoPort.class);
        }

        @Override
        protected EchoClient newClient(ServiceContext context) {
            return new EchoClient();
        }

        @Override
        protected Health health(EchoClient started, Instant now) {
            return Health.up("Joignable.", now);
        }

        @Override
        protected Health stopped(Instant now) {
            return new Health(Health.State.NON_DEMARRE, "Module arrêté.", now);
        }

        @Override
        protected void release(EchoClient stopping) {
            stopping.released = true;
        }
    }

    @Test
    void thePortIsHandedOutOnlyWhileStartedWithTheModulesNameOtherwise() {
        EchoModule module = new EchoModule();

        assertThatThrownBy(module::port).isInstanceOf(SegurException.class)
                .hasMessageContaining("MOD-0005").hasMessageContaining("Service d'écho");
        assertThat(module.health().state()).isEqualTo(Health.State.NON_DEMARRE);

        module.start(SettingsOnlyContext.of(Map.of()));
        assertThat(module.port().echo("bonjour")).isEqualTo("bonjour");

        EchoClient client = module.client();
        module.stop();
        assertThat(client.released).isTrue();
        assertThatThrownBy(module::port).hasMessageContaining("MOD-0005");
    }

    @Test
    void theHealthCarriesTheFiguresOfTheCallsOnceThereWereSome() {
        EchoModule module = new EchoModule();
        module.start(SettingsOnlyContext.of(Map.of()));
        assertThat(module.health().detail()).isEqualTo("Joignable.");

        module.client().stats = Optional.of(new CallStats.Snapshot(3, 1, Optional.of(Duration.ofMillis(42)), false,
                Optional.of("HTTP 503"), Optional.of(Instant.EPOCH)));

        assertThat(module.health().detail())
                .isEqualTo("Joignable. 3 appel(s) depuis le démarrage, dont 1 en échec ; dernier appel : 42 ms.");
        assertThat(module.health().state()).isEqualTo(Health.State.DISPONIBLE);
    }
}
