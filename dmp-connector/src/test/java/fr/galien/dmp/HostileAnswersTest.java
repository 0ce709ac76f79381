package fr.galien.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.DmpException;
import fr.galien.core.port.DmpPort.DmpEntry;
import fr.galien.core.port.DmpPort.DmpQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed or hostile answers (issue 12, « Bad input and failure »): a broken Bundle, another resource, a wrong
 * content type, a 200 MB document, a hostile nesting, a document address on another server — each a clear DMP code,
 * no crash, nothing followed.
 */
class HostileAnswersTest {

    private HttpServer server;
    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private DmpFhirClient client;
    private final CallIdentity session = DmpTestData.doctorSession(Instant.now());

    @FunctionalInterface
    interface Answer {
        void write(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                answer.get().write(exchange);
            } catch (IOException ignored) {
                // The client hung up (a capped answer): expected.
            }
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dmp/fhir");
        client = new DmpFhirClient(DmpSettings.forEndpoint(endpoint).withMaxDocumentBytes(1024 * 1024),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBrokenBundleIsUnreadable() {
        answer.set(fhir(200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"resource\":"));
        assertCode(() -> client.status(DmpTestData.DOCTOR, session, DmpTestData.ADRUN), "DMP-0103");
    }

    @Test
    void anotherResourceThanTheOneExpectedIsUnreadable() {
        answer.set(fhir(200, "{\"resourceType\":\"Patient\",\"id\":\"x\"}"));
        assertCode(() -> client.find(DmpTestData.DOCTOR, session, DmpTestData.ADRUN, DmpQuery.ALL), "DMP-0103");
    }

    @Test
    void aWrongContentTypeIsRefusedBeforeParsing() {
        answer.set(exchange -> write(exchange, 200, "text/html", "<html><body>Portail</body></html>"));
        assertCode(() -> client.status(DmpTestData.DOCTOR, session, DmpTestData.ADRUN), "DMP-0104");
    }

    @Test
    void aTwoHundredMegabyteDocumentIsCutAtTheCap() {
        answer.set(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, 200L * 1024 * 1024);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3200; i++) {
                    out.write(chunk);
                }
            }
        });
        long start = System.nanoTime();
        assertCode(() -> client.retrieve(DmpTestData.DOCTOR, session, DmpTestData.ADRUN, entry("Binary/1")),
                "DMP-0102");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void aHostileNestingIsRefusedNotACrash() {
        String deep = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"extension\":[" + "{\"extension\":[".repeat(
                20_000) + "]}".repeat(20_000) + "]}";
        answer.set(fhir(200, deep));
        assertThatThrownBy(() -> client.status(DmpTestData.DOCTOR, session, DmpTestData.ADRUN))
                .isInstanceOf(DmpException.class);
    }

    @Test
    void aDocumentAddressOnAnotherServerIsNeverFollowed() {
        answer.set(exchange -> {
            throw new AssertionError("no request may be sent");
        });
        assertCode(() -> client.retrieve(DmpTestData.DOCTOR, session, DmpTestData.ADRUN,
                entry("https://ailleurs.example/Binary/1")), "DMP-0112");
    }

    @Test
    void aDocumentOfAnotherKindIsNotOpened() {
        answer.set(exchange -> write(exchange, 200, "application/x-msdownload", "MZ"));
        assertCode(() -> client.retrieve(DmpTestData.DOCTOR, session, DmpTestData.ADRUN, entry("Binary/1")),
                "DMP-0104");
    }

    private static DmpEntry entry(String url) {
        return new DmpEntry("1", "1.2.3", "11488-4", "CR", "10", "CR", Instant.now(), null, null, null, null,
                "urn:ihe:iti:xds-sd:pdf:2008", "text/xml", 10, url, null);
    }

    private static Answer fhir(int status, String body) {
        return exchange -> write(exchange, status, "application/fhir+json", body);
    }

    private static void write(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DmpException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
