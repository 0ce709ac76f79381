package fr.galien.sandbox.apcv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApCvInSandboxHostTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    @Test
    void sandboxHostFindsTheApcvSimulatorAndTheIndexListsItsEndpoints() throws Exception {
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults())) {
            URI base = host.urls().get(ApCvSimulator.ID);
            JsonNode index = ApCvWire.JSON.readTree(get(host.indexUrl()).body());

            JsonNode apcv = null;
            for (JsonNode entry : index.get("simulators")) {
                if (entry.get("id").asText().equals(ApCvSimulator.ID)) {
                    apcv = entry;
                }
            }
            assertThat(apcv).isNotNull();
            assertThat(apcv.get("endpoints").get("lectures").asText())
                    .isEqualTo(base.resolve("/apcv/v1/lectures").toString());
            assertThat(get(URI.create(apcv.get("endpoints").get("lecteur").asText())).statusCode()).isEqualTo(200);
            assertThat(get(URI.create(apcv.get("endpoints").get("page").asText())).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
