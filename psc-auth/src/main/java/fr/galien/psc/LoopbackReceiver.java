package fr.galien.psc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The redirect target of the browser flow (RFC 8252 §7.3): a one-shot HTTP listener on 127.0.0.1, random port,
 * that keeps the first redirect and shows the user a short French page. Bound to the IPv4 loopback literal, not
 * "localhost" (RFC 8252 §8.3). Closed after use.
 */
final class LoopbackReceiver implements AutoCloseable {

    static final String PATH = "/callback";

    private final HttpServer server;
    private final CompletableFuture<URI> redirect = new CompletableFuture<>();

    private LoopbackReceiver(HttpServer server) {
        this.server = server;
    }

    static LoopbackReceiver start() {
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
            LoopbackReceiver receiver = new LoopbackReceiver(server);
            server.createContext(PATH, receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new SegurException(PscError.PSC_0019, e, "port local indisponible");
        }
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The full redirect URI (with code and state); waits at most {@code timeout}. */
    URI await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return redirect.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the loopback future never completes exceptionally", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean hasAnswer = exchange.getRequestURI().getRawQuery() != null;
            if (hasAnswer) {
                // Absolute, as the provider addressed it: the response parser needs the redirect URI part.
                redirect.complete(URI.create(redirectUri() + "?" + exchange.getRequestURI().getRawQuery()));
            }
            PscMessage sentence = hasAnswer && !exchange.getRequestURI().getRawQuery().contains("error=")
                    ? PscMessage.LOOPBACK_SUCCESS : PscMessage.LOOPBACK_FAILURE;
            byte[] page = page(sentence).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        }
    }

    private static String page(PscMessage sentence) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
                + Messages.format(PscMessage.LOOPBACK_TITLE) + "</title></head><body style=\"font-family:sans-serif\">"
                + "<p>" + Messages.format(sentence) + "</p></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
