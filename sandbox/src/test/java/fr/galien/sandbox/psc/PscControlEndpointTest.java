package fr.galien.sandbox.psc;

import static fr.galien.sandbox.psc.PscWire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code <base>/_control/…}: how {@code galien sandbox} and scripts drive the simulator. */
class PscControlEndpointTest {

    private static PscSimulator simulator;
    private static PscWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = PscWire.started(PscSettings.defaults());
        wire = new PscWire(simulator);
    }

    @AfterEach
    void resetModes() {
        simulator.modes().reset();
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void modeReadsTheCurrentModes() throws Exception {
        JsonNode modes = json(wire.get(control("mode")));

        assertThat(modes.get("providerDown").asBoolean()).isFalse();
        assertThat(modes.get("wrongSigningKey").asBoolean()).isFalse();
        assertThat(modes.get("approvalDelayMillis").asLong()).isEqualTo(1500);
        assertThat(modes.get("autoApprove").asBoolean()).isTrue();
    }

    @Test
    void postedModesChangeTheSimulator() throws Exception {
        HttpResponse<String> response = wire.postJson(control("mode"), "{\"wrongSigningKey\":true,"
                + "\"expiredTokens\":true,\"slowDelayMillis\":5,\"approvalDelayMillis\":100,"
                + "\"deniedNationalIds\":[\"899900000003\"],\"browserAutoLogin\":\"899900000001\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(simulator.modes().wrongSigningKey()).isTrue();
        assertThat(simulator.modes().expiredTokens()).isTrue();
        assertThat(simulator.modes().slowDelay()).isEqualTo(Duration.ofMillis(5));
        assertThat(simulator.modes().approvalDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(simulator.modes().deniedNationalIds()).containsExactly("899900000003");
        assertThat(simulator.modes().browserAutoLogin()).isEqualTo("899900000001");
        assertThat(json(response).get("expiredTokens").asBoolean()).isTrue();
    }

    @Test
    void controlStillWorksWhileTheProviderIsDown() throws Exception {
        wire.postJson(control("mode"), "{\"providerDown\":true}");
        assertThat(wire.get(simulator.discoveryUrl()).statusCode()).isEqualTo(503);

        wire.postJson(control("mode"), "{\"providerDown\":false}");

        assertThat(wire.get(simulator.discoveryUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownOrMistypedFieldIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> response = wire.postJson(control("mode"),
                "{\"providerDown\":true,\"wrongSigningKey\":\"oui\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error_description").asText()).contains("wrongSigningKey");
        assertThat(simulator.modes().providerDown()).isFalse();
    }

    @Test
    void resetPutsEveryModeBack() throws Exception {
        simulator.modes().setProviderDown(true);
        simulator.modes().deny("899900000001");

        wire.postJson(control("reset"), "");

        assertThat(simulator.modes().providerDown()).isFalse();
        assertThat(simulator.modes().deniedNationalIds()).isEmpty();
    }

    @Test
    void professionalsListsTheDirectory() throws Exception {
        JsonNode list = json(wire.get(control("professionals"))).get("professionals");

        assertThat(list).hasSize(TestProfessionals.all().size());
        assertThat(list.get(0).get("nationalId").asText()).isEqualTo("899900000001");
        assertThat(list.get(0).get("purpose").asText()).contains("titulaire");
    }

    @Test
    void cibaAnswerApprovesAPendingRequest() throws Exception {
        simulator.modes().setAutoApprove(false);
        String id = json(wire.cibaStart("899900000002")).get("auth_req_id").asText();

        JsonNode answered = json(wire.postJson(control("ciba/answer"),
                "{\"nationalId\":\"899900000002\",\"approve\":true}"));

        assertThat(answered.get("answered").asInt()).isEqualTo(1);
        assertThat(wire.cibaPoll(id).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownCommandIsNotFound() throws Exception {
        assertThat(wire.get(control("autre")).statusCode()).isEqualTo(404);
    }

    @Test
    void controlAnswersOnlyLoopbackCallers() throws Exception {
        assertThat(ControlEndpoint.fromLoopback(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 5000)))
                .isTrue();
        assertThat(ControlEndpoint.fromLoopback(new InetSocketAddress(InetAddress.getByName("192.0.2.10"), 5000)))
                .isFalse();
        assertThat(ControlEndpoint.fromLoopback(null)).isFalse();
    }

    @Test
    void simulatorRefusesToListenBeyondLoopback() {
        PscSimulator everywhere = new PscSimulator();

        assertThatThrownBy(() -> everywhere.start(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }

    private static URI control(String action) {
        return simulator.baseUrl().resolve("/_control/" + action);
    }
}
