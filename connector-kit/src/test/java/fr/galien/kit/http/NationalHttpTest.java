package fr.galien.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.testsupport.MutableClock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The chain every national call passes through: trace id, timing, PSC bearer, software identification. */
class NationalHttpTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final UUID TRACE = UUID.fromString("0b7c6a6e-3f7e-4c1e-9d55-6d1f0f1e2a3b");
    private static final String MATRICULE = "275126322074974";

    private final MutableClock clock = new MutableClock(NOW);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger traceLogger = (Logger) LoggerFactory.getLogger(TraceLog.class);
    private Level previousLevel;

    @BeforeEach
    void captureLog() {
        previousLevel = traceLogger.getLevel();
        traceLogger.setLevel(Level.INFO);
        log.start();
        traceLogger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        traceLogger.detachAppender(log);
        traceLogger.setLevel(previousLevel);
    }

    private NationalHttp.Builder chain() {
        return NationalHttp.forService("DMP", new BoundedHttp(Duration.ofMillis(500), Duration.ofMillis(500), 4096,
                Optional.empty())).clock(clock).traceIds(() -> TRACE);
    }

    private static HttpRequest.Builder search(LoopbackServer server) {
        return HttpRequest.newBuilder(server.uri("/fhir/DocumentReference?patient.identifier=" + MATRICULE))
                .POST(HttpRequest.BodyPublishers.ofString("{\"nom\":\"ADRUN\"}"));
    }

    private List<String> logLines() {
        List<String> lines = new ArrayList<>();
        log.list.forEach(event -> lines.add(event.getFormattedMessage()));
        return lines;
    }

    @Test
    void everyCallSendsItsTraceIdAndLogsOneLineWithoutQueryOrBody() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, "{}"))) {
            chain().build().send("rechercherDocuments", search(server));

            assertThat(server.received.get(0).headers().getFirst(TraceLog.HEADER)).isEqualTo(TRACE.toString());
            assertThat(logLines()).singleElement().satisfies(line -> {
                assertThat(line).startsWith("DMP rechercherDocuments trace=" + TRACE + " POST http://127.0.0.1:")
                        .contains("/fhir/DocumentReference -> HTTP 200 in ");
                assertThat(line).doesNotContain(MATRICULE).doesNotContain("ADRUN").doesNotContain("?");
            });
        }
    }

    @Test
    void statsCountCallsFailuresAndKeepTheLastErrorCode() throws Exception {
        int[] status = {200};
        try (LoopbackServer server = new LoopbackServer(exchange -> LoopbackServer.answer(status[0], "").handle(
                exchange))) {
            NationalHttp http = chain().build();
            http.send("a", search(server));
            clock.advance(Duration.ofSeconds(5));
            status[0] = 503;
            http.send("b", search(server));
            status[0] = 404;
            http.send("c", search(server));

            CallStats.Snapshot stats = http.stats().snapshot();
            assertThat(stats.calls()).isEqualTo(3);
            assertThat(stats.failures()).isEqualTo(1);
            assertThat(stats.lastCallFailed()).as("a 404 is the service answering").isFalse();
            assertThat(stats.lastErrorCode()).contains("HTTP 503");
            assertThat(stats.lastCallAt()).contains(NOW.plusSeconds(5));
            assertThat(stats.lastDuration()).isPresent();
        }
    }

    @Test
    void transportFailureIsCountedWithTheKitCodeAndLoggedAsSuch() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/lps");
        }
        NationalHttp http = chain().build();

        TransportFailure failure = catchThrowableOfType(TransportFailure.class,
                () -> http.send("rechercher", HttpRequest.newBuilder(closed).GET()));

        assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.UNAVAILABLE);
        CallStats.Snapshot stats = http.stats().snapshot();
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(stats.lastCallFailed()).isTrue();
        assertThat(stats.lastErrorCode()).contains("KIT-0006");
        assertThat(logLines()).singleElement().asString().contains("-> UNAVAILABLE (KIT-0006)");
    }

    @Test
    void lastDurationMeasuresTheExchange() throws Exception {
        try (LoopbackServer server = new LoopbackServer(exchange -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.answer(200, "").handle(exchange);
        })) {
            NationalHttp http = chain().build();
            http.send("lent", search(server));

            assertThat(http.stats().snapshot().lastDuration()).hasValueSatisfying(
                    took -> assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(150)));
        }
    }

    @Test
    void bearerTokenIsAddedAndNeverLogged() throws Exception {
        AccessToken token = new AccessToken("eyJ-secret-token", NOW.plusSeconds(60), "899900000001");
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, ""))) {
            chain().with(new BearerToken(() -> Optional.of(token), clock)).build().send("lire", search(server));

            assertThat(server.received.get(0).headers().getFirst("Authorization")).isEqualTo("Bearer eyJ-secret-token");
            assertThat(logLines()).noneMatch(line -> line.contains("eyJ-secret-token"));
        }
    }

    @Test
    void noPscSessionRefusesTheCallBeforeAnythingIsSent() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, ""))) {
            NationalHttp http = chain().with(new BearerToken(Optional::empty, clock)).build();

            SegurException refused = catchThrowableOfType(SegurException.class,
                    () -> http.send("lire", search(server)));

            assertThat(refused.code()).isEqualTo("KIT-0009");
            assertThat(refused.userMessage()).contains("connectez-vous avec votre e-CPS");
            assertThat(server.received).isEmpty();
            assertThat(http.stats().snapshot().lastErrorCode()).contains("KIT-0009");
        }
    }

    @Test
    void expiredTokenRefusesTheCall() throws Exception {
        AccessToken expired = new AccessToken("old", NOW.minusSeconds(1), "899900000001");
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, ""))) {
            NationalHttp http = chain().with(new BearerToken(() -> Optional.of(expired), clock)).build();

            assertThat(catchThrowableOfType(SegurException.class, () -> http.send("lire", search(server))).code())
                    .isEqualTo("KIT-0010");
            assertThat(server.received).isEmpty();
        }
    }

    @Test
    void softwareIdentificationNamesTheSoftwareAndTheInstallation() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, ""))) {
            chain().with(new SoftwareIdentification("Galien", "0.1.0", "3d4c2b1a-0000-4000-8000-000000000001"))
                    .build().send("envoyer", search(server));

            LoopbackServer.Received received = server.received.get(0);
            assertThat(received.headers().getFirst("User-Agent")).isEqualTo("Galien/0.1.0");
            assertThat(received.headers().getFirst(SoftwareIdentification.INSTANCE_HEADER))
                    .isEqualTo("3d4c2b1a-0000-4000-8000-000000000001");
            assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo("{\"nom\":\"ADRUN\"}");
        }
    }

    @Test
    void softwareIdentificationRefusesHeaderInjection() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SoftwareIdentification("Galien\r\nX-Evil: 1", "0.1.0", "id"));
    }

    @Test
    void addedInterceptorsRunInOrderAfterTracing() throws Exception {
        List<String> seen = new ArrayList<>();
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, ""))) {
            chain().with((call, next) -> {
                seen.add("first:" + call.traceId());
                return next.proceed(call);
            }).with((call, next) -> {
                seen.add("second:" + call.operation());
                return next.proceed(call);
            }).build().send("op", search(server));
        }

        assertThat(seen).containsExactly("first:" + TRACE, "second:op");
    }

    @Test
    void traceLineDropsUserInfoAndQuery() {
        assertThat(TraceLog.withoutQuery(URI.create("https://user:pw@dmp.example.fr:8443/si-dmp/x?ins=1#f")))
                .isEqualTo("https://dmp.example.fr:8443/si-dmp/x");
    }
}
