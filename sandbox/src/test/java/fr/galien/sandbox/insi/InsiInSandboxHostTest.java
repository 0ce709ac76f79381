package fr.galien.sandbox.insi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InsiInSandboxHostTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    @Test
    void sandboxHostFindsTheInsiSimulatorAndTheIndexListsItsEndpoints() throws Exception {
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults())) {
            URI base = host.urls().get(InsiSimulator.ID);
            JsonNode index = new ObjectMapper().readTree(get(host.indexUrl()).body());

            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            JsonNode insi = null;
            for (JsonNode entry : index.get("simulators")) {
                if (entry.get("id").asText().equals(InsiSimulator.ID)) {
                    insi = entry;
                }
            }
            assertThat(insi).isNotNull();
            assertThat(insi.get("endpoints").get("lps").asText()).isEqualTo(base.resolve("/insi/lps").toString());
            assertThat(get(URI.create(insi.get("endpoints").get("controle").asText())).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
