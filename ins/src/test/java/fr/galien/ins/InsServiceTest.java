package fr.galien.ins;

import static fr.galien.ins.InsiSoapClientTest.ADRUN;
import static fr.galien.ins.InsiSoapClientTest.CALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.InsiPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.testsupport.SettingsOnlyContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsServiceTest {

    private final InsService service = new InsService();
    private StubServer server;

    @BeforeEach
    void start() throws IOException {
        server = new StubServer();
    }

    @AfterEach
    void stop() {
        service.stop();
        server.close();
    }

    @Test
    void theModuleIsFoundAndExposesTheInsiPort() {
        SegurServices services = SegurServices.discover(getClass().getClassLoader());

        assertThat(services.all()).anySatisfy(found -> {
            assertThat(found.descriptor().id()).isEqualTo("ins");
            assertThat(found.descriptor().displayName()).isEqualTo("Téléservice INSi");
            assertThat(found.descriptor().port()).isEqualTo(InsiPort.class);
        });
    }

    @Test
    void declaredSettingsLeaveTheEndpointUnconfigured() {
        Map<String, String> defaults = new HashMap<>();
        service.configuration().forEach(key -> defaults.put(key.name(), key.defaultValue()));

        assertThat(defaults).containsEntry("endpoint", "").containsEntry("idam", InsiSettings.SANDBOX_IDAM)
                .containsKeys("connect-timeout-ms", "timeout-ms", "idam-r", "instance", "emetteur", "tls.keystore",
                        "tls.keystore-password", "tls.truststore", "tls.truststore-password");
        assertThat(service.configuration()).extracting(ConfigKey::description).allMatch(d -> !d.isBlank());
    }

    @Test
    void notStartedModuleSaysSo() {
        assertThat(service.health().state()).isEqualTo(Health.State.NON_DEMARRE);
        assertThatThrownBy(service::port).isInstanceOf(SegurException.class).hasMessageContaining("MOD-0005");
    }

    @Test
    void unconfiguredModuleSaysSoAndItsPortExplains() {
        service.start(SettingsOnlyContext.of(Map.of()));

        Health health = service.health();
        SegurException error = catchThrowableOfType(SegurException.class,
                () -> ((InsiPort) service.port()).searchByTraits(CALLER, ADRUN));

        assertThat(health.state()).isEqualTo(Health.State.INDISPONIBLE);
        assertThat(health.detail()).isEqualTo("Téléservice INSi non configuré : renseignez le réglage ins.endpoint.");
        assertThat(error.code()).isEqualTo("INS-0100");
    }

    @Test
    void healthFollowsTheLastCallWithoutCallingOut() {
        service.start(SettingsOnlyContext.of(Map.of("endpoint", server.url("/insi/lps").toString())));
        assertThat(service.health().state()).isEqualTo(Health.State.DEGRADE);

        server.answer(200, InsiAnswers.CR01);
        ((InsiPort) service.port()).searchByTraits(CALLER, ADRUN);
        assertThat(service.health().state()).isEqualTo(Health.State.DISPONIBLE);
        assertThat(service.health().detail()).contains("CodeCR 01");

        server.answer(503, "");
        catchThrowableOfType(SegurException.class, () -> ((InsiPort) service.port()).searchByTraits(CALLER, ADRUN));
        int calls = server.requests().size();
        Health down = service.health();

        assertThat(down.state()).isEqualTo(Health.State.INDISPONIBLE);
        assertThat(down.detail()).contains("HTTP 503", "provisoire");
        assertThat(server.requests()).hasSize(calls);
    }

    @Test
    void plainHttpToAnotherMachineIsRefused() {
        SegurException error = catchThrowableOfType(SegurException.class,
                () -> service.start(SettingsOnlyContext.of(Map.of("endpoint", "http://insi.example.org/lps"))));

        assertThat(error.code()).isEqualTo("INS-0111");
        assertThat(error.userMessage()).contains("ins.endpoint", "https");
    }

    @Test
    void httpsEndpointIsAccepted() {
        service.start(SettingsOnlyContext.of(Map.of("endpoint",
                "https://qualiflps-services-ps-tlsm.ameli.fr:443/lps")));

        assertThat(((InsiSoapClient) service.port()).settings().endpoint().getHost())
                .isEqualTo("qualiflps-services-ps-tlsm.ameli.fr");
    }

    @Test
    void invalidTimeoutIsRefusedNamingTheSetting() {
        SegurException error = catchThrowableOfType(SegurException.class,
                () -> service.start(SettingsOnlyContext.of(Map.of("timeout-ms", "bientôt"))));

        assertThat(error.code()).isEqualTo("INS-0111");
        assertThat(error.userMessage()).contains("ins.timeout-ms");
    }

    @Test
    void unreadableKeystoreStopsTheStartWithoutShowingThePassword(@TempDir Path dir) throws IOException {
        Path keystore = Files.write(dir.resolve("insi-auto.p12"), new byte[] {1, 2, 3});

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> service.start(SettingsOnlyContext.of(Map.of("endpoint", "https://insi.example.org/lps",
                        "tls.keystore", keystore.toString(), "tls.keystore-password", "motdepasse"))));

        assertThat(error.code()).isEqualTo("INS-0112");
        assertThat(error.getMessage()).contains("insi-auto.p12").doesNotContain("motdepasse");
    }

    @Test
    void settingsNeverPrintPasswords() {
        InsiSettings settings = InsiSettings.from(Map.of("tls.keystore-password", "motdepasse",
                "tls.truststore-password", "autre"));

        assertThat(settings.toString()).doesNotContain("motdepasse", "autre");
    }

    @Test
    void softwareVersionComesFromTheBuild() {
        assertThat(InsiSettings.softwareVersion()).isNotBlank().doesNotContain("${");
    }
}
