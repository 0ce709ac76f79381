package fr.galien.sandbox.eprescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /eprescription/_control}: {@code GET} the modes and the prescriptions held; {@code POST}
 * {@code {"mode": "normal|lent|panne|erreur", "delayMs": 3000, "checkToken": true}} to change them (docs/sandbox.md).
 */
final class ErxControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 4096;

    private final transient ErxModes modes;
    private final transient PrescriptionBook book;

    ErxControlServlet(ErxModes modes, PrescriptionBook book) {
        this.modes = modes;
        this.book = book;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, 200, state());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            write(response, 413, Map.of("erreur", "Corps trop long."));
            return;
        }
        JsonNode command;
        try {
            command = JSON.readTree(body);
        } catch (IOException e) {
            write(response, 400, Map.of("erreur", "JSON illisible."));
            return;
        }
        if (command == null || !command.isObject()) {
            write(response, 400, Map.of("erreur", "Un objet JSON est attendu."));
            return;
        }
        if (command.has("mode")) {
            var mode = ErxMode.fromWire(command.get("mode").asText());
            if (mode.isEmpty()) {
                write(response, 400, Map.of("erreur", "Mode inconnu : normal, lent, panne ou erreur."));
                return;
            }
            modes.setMode(mode.get());
        }
        if (command.has("delayMs")) {
            modes.setDelay(Duration.ofMillis(Math.max(0, command.get("delayMs").asLong())));
        }
        if (command.has("checkToken")) {
            modes.setCheckToken(command.get("checkToken").asBoolean(true));
        }
        write(response, 200, state());
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("mode", modes.mode().wire());
        state.put("delayMs", modes.delay().toMillis());
        state.put("checkToken", modes.checkToken());
        state.put("prescriptions", book.count());
        return state;
    }

    private static void write(HttpServletResponse response, int status, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(value));
    }
}
