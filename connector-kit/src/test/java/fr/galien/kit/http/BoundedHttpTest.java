package fr.galien.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedHttpTest {

    private static final Duration SHORT = Duration.ofMillis(400);

    private static BoundedHttp http(int maxBody) {
        return new BoundedHttp(SHORT, SHORT, maxBody, Optional.empty());
    }

    @Test
    void replyCarriesStatusBodyAndHeaders() throws Exception {
        try (LoopbackServer server = new LoopbackServer(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            LoopbackServer.answer(201, "{\"ok\":true}").handle(exchange);
        })) {
            BoundedHttp.Reply reply = http(1024).send(HttpRequest.newBuilder(server.uri("/x")).GET());

            assertThat(reply.status()).isEqualTo(201);
            assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
            assertThat(reply.contentType()).contains("application/json");
        }
    }

    @Test
    void bodyBeyondTheCapEndsTheExchangeAsTooLarge() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, "x".repeat(10_000)))) {
            TransportFailure failure = catchThrowableOfType(TransportFailure.class,
                    () -> http(1_000).send(HttpRequest.newBuilder(server.uri("/big")).GET()));

            assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.TOO_LARGE);
            assertThat(failure.reason()).isEqualTo("réponse de plus de 1000 octets");
        }
    }

    @Test
    void bodyExactlyAtTheCapIsAccepted() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.answer(200, "x".repeat(1_000)))) {
            assertThat(http(1_000).send(HttpRequest.newBuilder(server.uri("/")).GET()).body()).hasSize(1_000);
        }
    }

    @Test
    void slowServerIsAbandonedAtTheDeadline() throws Exception {
        try (LoopbackServer server = new LoopbackServer(exchange -> {
            sleep(2_000);
            LoopbackServer.answer(200, "late").handle(exchange);
        })) {
            long start = System.nanoTime();
            TransportFailure failure = catchThrowableOfType(TransportFailure.class,
                    () -> http(1_000).send(HttpRequest.newBuilder(server.uri("/slow")).GET()));

            assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.UNAVAILABLE);
            assertThat(failure.reason()).isEqualTo("délai de réponse dépassé");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
        }
    }

    @Test
    void closedPortIsARefusedConnection() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        TransportFailure failure = catchThrowableOfType(TransportFailure.class,
                () -> http(1_000).send(HttpRequest.newBuilder(closed).GET()));

        assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.UNAVAILABLE);
        assertThat(failure.reason()).isEqualTo("connexion refusée");
        SegurException asKit = failure.toSegurException();
        assertThat(asKit.code()).isEqualTo("KIT-0006");
        assertThat(asKit.userMessage()).startsWith("Le service national est injoignable (connexion refusée)");
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        try (LoopbackServer server = new LoopbackServer(exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:9/elsewhere");
            LoopbackServer.answer(302, "").handle(exchange);
        })) {
            BoundedHttp.Reply reply = http(1_000).send(HttpRequest.newBuilder(server.uri("/moved")).GET());

            assertThat(reply.status()).isEqualTo(302);
            assertThat(server.received).hasSize(1);
        }
    }

    @Test
    void interruptedCallerGetsAnInterruptedFailureAndKeepsItsFlag() throws Exception {
        try (LoopbackServer server = new LoopbackServer(exchange -> {
            sleep(2_000);
            LoopbackServer.answer(200, "late").handle(exchange);
        })) {
            BoundedHttp patient = new BoundedHttp(SHORT, Duration.ofSeconds(5), 1_000, Optional.empty());
            Thread.currentThread().interrupt();
            try {
                TransportFailure failure = catchThrowableOfType(TransportFailure.class,
                        () -> patient.send(HttpRequest.newBuilder(server.uri("/")).GET()));

                assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.INTERRUPTED);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void causesAreDescribedInFrench() {
        assertThat(BoundedHttp.describe(new java.net.http.HttpConnectTimeoutException("x")))
                .isEqualTo(TransportReason.CONNECT_TIMEOUT);
        assertThat(BoundedHttp.describe(new IOException(new java.net.UnknownHostException("h"))))
                .isEqualTo(TransportReason.UNKNOWN_HOST);
        assertThat(BoundedHttp.describe(new javax.net.ssl.SSLHandshakeException("bad")))
                .isEqualTo(TransportReason.TLS);
        assertThat(BoundedHttp.describe(new IOException("other"))).isEqualTo(TransportReason.NETWORK);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
