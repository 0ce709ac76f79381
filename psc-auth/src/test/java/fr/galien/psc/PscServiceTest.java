package fr.galien.psc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.testsupport.SettingsOnlyContext;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PscServiceTest {

    private TestPscProvider provider;
    private final PscService service = new PscService();

    @BeforeEach
    void start() {
        provider = new TestPscProvider();
    }

    @AfterEach
    void stop() {
        service.stop();
        provider.close();
    }

    @Test
    void theModuleIsFoundAndExposesThePscPort() {
        SegurServices services = SegurServices.discover(getClass().getClassLoader());

        assertThat(services.all()).anySatisfy(found -> {
            assertThat(found.descriptor().id()).isEqualTo("psc");
            assertThat(found.descriptor().displayName()).isEqualTo("Pro Santé Connect");
            assertThat(found.descriptor().port()).isEqualTo(ProSanteConnectPort.class);
        });
    }

    @Test
    void declaredSettingsDefaultToTheSandbox() {
        Map<String, String> defaults = new HashMap<>();
        service.configuration().forEach(key -> defaults.put(key.name(), key.defaultValue()));

        assertThat(defaults).containsEntry("issuer", "http://127.0.0.1:48080/auth/realms/esante-wallet")
                .containsEntry("clientId", "galien-bac-a-sable")
                .containsKeys("clientSecret", "timeoutSeconds", "clockSkewSeconds", "refreshMarginSeconds",
                        "browserTimeoutSeconds");
        assertThat(service.configuration()).extracting(ConfigKey::description).allMatch(d -> !d.isBlank());
    }

    @Test
    void notStartedModuleSaysSo() {
        assertThat(service.health().state()).isEqualTo(Health.State.NON_DEMARRE);
        assertThatThrownBy(service::port).isInstanceOf(SegurException.class).hasMessageContaining("MOD-0005");
    }

    @Test
    void startedModuleReportsAReachableProviderAndServesLogins() {
        service.start(SettingsOnlyContext.of(Map.of("issuer", provider.issuer().toString(),
                "clientId", TestPscProvider.CLIENT_ID, "clientSecret", TestPscProvider.CLIENT_SECRET)));

        assertThat(service.health().state()).isEqualTo(Health.State.DISPONIBLE);
        assertThat(service.port()).isInstanceOf(ProSanteConnectPort.class);
    }

    @Test
    void unreachableProviderIsReportedWithoutCallingOutAgain() {
        URI issuer = provider.issuer();
        provider.close();
        service.start(SettingsOnlyContext.of(Map.of("issuer", issuer.toString())));

        Health health = service.health();

        assertThat(health.state()).isEqualTo(Health.State.INDISPONIBLE);
        assertThat(health.detail()).startsWith("Pro Santé Connect injoignable (connexion refusée).")
                .contains("1 appel(s) depuis le démarrage, dont 1 en échec");
    }
}
