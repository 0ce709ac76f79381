package fr.galien.ins;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server answering what the test scripts, recording each request: for the clients' own transport
 * tests (timeouts, statuses, sizes). The wire-faithful simulators live in {@code sandbox}.
 */
final class StubServer implements AutoCloseable {

    record Recorded(String method, String path, Headers headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile byte[] body = new byte[0];
    private volatile String contentType = "application/soap+xml; charset=utf-8";
    private volatile Duration delay = Duration.ZERO;

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    StubServer answer(int newStatus, String newBody) {
        return answer(newStatus, newBody.getBytes(StandardCharsets.UTF_8));
    }

    StubServer answer(int newStatus, byte[] newBody) {
        status = newStatus;
        body = newBody;
        return this;
    }

    StubServer contentType(String value) {
        contentType = value;
        return this;
    }

    StubServer delay(Duration value) {
        delay = value;
        return this;
    }

    List<Recorded> requests() {
        return requests;
    }

    Recorded lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            byte[] answer = body;
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
