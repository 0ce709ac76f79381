package fr.galien.sandbox.apcv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading and writing JSON, HTML and PNG on the JDK HTTP server for the ApCV simulator. */
final class ApCvHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 16 * 1024;

    private ApCvHttp() {
    }

    /** Thrown to answer a contract error ({@code {"erreur": code, "message": …}}). */
    static final class ApCvError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int status;
        final String code;

        ApCvError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    /** The JSON object of a request; a contract error when it is not one. */
    static JsonNode jsonObject(HttpExchange exchange, String errorCode) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new ApCvError(413, errorCode, "Requête trop volumineuse.");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode json = JSON.readTree(text.isBlank() ? "{}" : text);
            if (json != null && json.isObject()) {
                return json;
            }
        } catch (JsonProcessingException e) {
            // Answered below like any other unreadable body.
        }
        throw new ApCvError(400, errorCode, "Un objet JSON est attendu.");
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void error(HttpExchange exchange, ApCvError error) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("erreur", error.code);
        body.put("message", error.getMessage());
        json(exchange, error.status, body);
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

    static boolean fromLoopback(InetSocketAddress remote) {
        return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
    }
}
