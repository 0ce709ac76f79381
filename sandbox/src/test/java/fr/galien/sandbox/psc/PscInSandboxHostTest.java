package fr.galien.sandbox.psc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PscInSandboxHostTest {

    @Test
    void sandboxHostFindsAndServesThePscSimulator() throws Exception {
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults())) {
            URI base = host.urls().get(PscSimulator.ID);

            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            var response = new PscWireless().get(base.resolve(
                    "/auth/realms/esante-wallet/.well-known/wallet-openid-configuration"));
            assertThat(response).contains("\"issuer\":\"" + base.resolve("/auth/realms/esante-wallet") + "\"");
        }
    }

    /** Plain GET, for a simulator the host started (no PscSimulator object at hand). */
    private static final class PscWireless {
        String get(URI uri) throws Exception {
            var client = java.net.http.HttpClient.newBuilder().proxy(java.net.http.HttpClient.Builder.NO_PROXY)
                    .build();
            return client.send(java.net.http.HttpRequest.newBuilder(uri).timeout(java.time.Duration.ofSeconds(20))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
