package fr.galien.sandbox.psc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Reading requests and writing responses on the JDK server. */
final class HttpIo {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024;

    private HttpIo() {
    }

    static Params query(HttpExchange exchange) {
        return Params.parse(exchange.getRequestURI().getRawQuery());
    }

    /** The form body of a POST; anything else is refused, as a real provider would. */
    static Params form(HttpExchange exchange) throws IOException {
        requireMethod(exchange, "POST");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw OAuthException.invalidRequest(
                    "Le corps doit être au format application/x-www-form-urlencoded.");
        }
        return Params.parse(body(exchange));
    }

    static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw OAuthException.invalidRequest("Requête trop volumineuse.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static void requireMethod(HttpExchange exchange, String method) {
        if (!method.equals(exchange.getRequestMethod())) {
            throw OAuthException.methodNotAllowed(method);
        }
    }

    /** JSON answer; token-bearing answers must not be cached (RFC 6749 §5.1). */
    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Pragma", "no-cache");
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void jsonText(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpExchange exchange, OAuthException error) throws IOException {
        error.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        json(exchange, error.status(), Map.of("error", error.error(), "error_description", error.getMessage()));
    }

    static void html(HttpExchange exchange, int status, String page) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
