package fr.galien.eprescription;

import static fr.galien.eprescription.ErxFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the service might answer that is not a usable FHIR answer: each gets its own code and French reason, and the
 * client returns nothing (the core then records nothing). A loopback stub answers as scripted.
 */
class MalformedAnswersTest {

    private HttpServer server;
    private volatile int status = 200;
    private volatile byte[] body = new byte[0];
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private FhirEPrescriptionClient client;
    private final CallIdentity pharmacist = as(PHARMACIST);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                agents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
                byte[] answer = body;
                exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    } catch (IOException clientGaveUp) {
                        // the client stops reading past its cap: expected for the oversized answer
                    }
                }
            }
        });
        server.start();
        client = client(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(int newStatus, String text) {
        answer(newStatus, text.getBytes(StandardCharsets.UTF_8));
    }

    private void answer(int newStatus, byte[] bytes) {
        status = newStatus;
        body = bytes;
    }

    private static Consumer<Throwable> hasCode(String code) {
        return e -> assertThat(((SegurException) e).code()).as(e.getMessage()).isEqualTo(code);
    }

    @Test
    void everyCallCarriesTheBearerTokenAndTheSoftwareName() {
        answer(404, "");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"));
        assertThat(authorizations).singleElement().asString().startsWith("Bearer ey");
        assertThat(agents).singleElement().asString().startsWith("Galien/");
    }

    @Test
    void brokenJson() {
        answer(200, "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0104"));
    }

    @Test
    void notJsonAtAll() {
        answer(200, "<html>maintenance</html>");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0104"));
    }

    @Test
    void wrongResourceType() {
        answer(200, "{\"resourceType\":\"Patient\",\"id\":\"x\"}");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0105")).hasMessageContaining("Patient");
    }

    @Test
    void aFiftyMegabyteAnswerIsCutOffBeforeParsing() {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        answer(200, huge);
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0106"));
    }

    @Test
    void deepNestingIsRefusedBeforeHapiBuildsAnything() {
        String deep = "{\"resourceType\":\"Bundle\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        answer(200, deep);
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0106"));
    }

    @Test
    void aHugeExponentIsRefused() {
        answer(200, "{\"resourceType\":\"Bundle\",\"total\":1e999999999}");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0106"));
    }

    @Test
    void aBundleWithoutTheIdentifierIsIncomplete() {
        answer(200, "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":\"urn:uuid:1\","
                + "\"resource\":{\"resourceType\":\"RequestGroup\",\"status\":\"active\",\"intent\":\"order\"}}]}");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0107"));
    }

    @Test
    void anHttpErrorWithoutOperationOutcome() {
        answer(418, "teapot");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .satisfies(hasCode("ERX-0102"));
    }

    @Test
    void aGatewayErrorIsUnavailable() {
        answer(502, "");
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .isInstanceOf(fr.galien.core.port.EPrescriptionPort.Unavailable.class)
                .satisfies(hasCode("ERX-0101"));
    }

    @Test
    void nothingListening() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        FhirEPrescriptionClient nowhere = client(URI.create("http://127.0.0.1:" + port + "/fhir"));
        assertThatThrownBy(() -> nowhere.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .isInstanceOf(fr.galien.core.port.EPrescriptionPort.Unavailable.class)
                .satisfies(hasCode("ERX-0101"));
    }
}
