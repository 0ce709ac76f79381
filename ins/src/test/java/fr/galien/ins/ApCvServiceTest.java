package fr.galien.ins;

import static fr.galien.ins.InsiSoapClientTest.CALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.testsupport.SettingsOnlyContext;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApCvServiceTest {

    private final ApCvService service = new ApCvService();
    private StubServer server;

    @BeforeEach
    void start() throws IOException {
        server = new StubServer().contentType("application/json");
    }

    @AfterEach
    void stop() {
        service.stop();
        server.close();
    }

    @Test
    void theModuleIsFoundAndExposesTheApCvPort() {
        SegurServices services = SegurServices.discover(getClass().getClassLoader());

        assertThat(services.all()).anySatisfy(found -> {
            assertThat(found.descriptor().id()).isEqualTo("apcv");
            assertThat(found.descriptor().displayName()).isEqualTo("Appli carte Vitale");
            assertThat(found.descriptor().port()).isEqualTo(ApCvPort.class);
        });
    }

    @Test
    void unconfiguredModuleSaysSo() {
        service.start(SettingsOnlyContext.of(Map.of()));

        assertThat(service.health().state()).isEqualTo(Health.State.INDISPONIBLE);
        assertThat(service.health().detail()).contains("apcv.endpoint");
    }

    @Test
    void healthFollowsTheLastCall() {
        service.start(SettingsOnlyContext.of(Map.of("endpoint", server.url("/apcv").toString())));
        server.answer(404, "{\"erreur\":\"AUCUNE_CARTE\"}");

        catchThrowableOfType(SegurException.class, () -> ((ApCvPort) service.port()).readCard(CALLER));

        // "no card" is the service working as specified
        assertThat(service.health().state()).isEqualTo(Health.State.DISPONIBLE);
    }

    @Test
    void invalidEndpointIsRefusedNamingTheSetting() {
        SegurException error = catchThrowableOfType(SegurException.class,
                () -> service.start(SettingsOnlyContext.of(Map.of("endpoint", "ftp://127.0.0.1/apcv"))));

        assertThat(error.code()).isEqualTo("INS-0158");
        assertThat(error.userMessage()).contains("apcv.endpoint");
    }
}
