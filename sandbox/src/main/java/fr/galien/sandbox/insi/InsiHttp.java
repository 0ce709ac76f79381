package fr.galien.sandbox.insi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;

/** Reading and writing on the JDK HTTP server for the INSi simulator. */
final class InsiHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SOAP_TYPE = "application/soap+xml; charset=utf-8";
    /** An INSi request with a SAML assertion weighs a few kilobytes; a megabyte is far beyond any honest one. */
    static final int MAX_REQUEST = 1024 * 1024;
    /** Read and discard up to this much of a too-big request, so the client hears the 413 instead of a reset. */
    private static final long MAX_DRAINED = 32L * 1024 * 1024;

    private InsiHttp() {
    }

    /** The request body, or null when it exceeds {@link #MAX_REQUEST} (the rest is drained as far as is sane). */
    static byte[] boundedBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_REQUEST + 1);
            if (bytes.length <= MAX_REQUEST) {
                return bytes;
            }
            long drained = 0;
            byte[] sink = new byte[64 * 1024];
            int read;
            while (drained < MAX_DRAINED && (read = in.read(sink)) != -1) {
                drained += read;
            }
            return null;
        }
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        json(exchange, status, Map.of("erreur", code, "message", message));
    }

    static boolean fromLoopback(InetSocketAddress remote) {
        return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
    }
}
