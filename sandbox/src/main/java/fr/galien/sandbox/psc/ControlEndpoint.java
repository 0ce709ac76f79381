package fr.galien.sandbox.psc;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <base>/_control/…}: drives the simulator from outside the JVM ({@code galien sandbox}, scripts). Not part
 * of PSC; answered even when the provider is « down » or « slow », and only to loopback callers.
 * <ul>
 *   <li>{@code GET mode} → the modes; {@code POST mode} with a JSON object of the fields to change;</li>
 *   <li>{@code POST reset} → every mode back to normal;</li>
 *   <li>{@code GET professionals} → the test directory;</li>
 *   <li>{@code POST ciba/answer} {@code {"nationalId":"…","approve":true}} → {@code {"answered":n}}.</li>
 * </ul>
 */
final class ControlEndpoint implements HttpHandler {

    private final PscModes modes;
    private final CibaAnswers answers;

    /** Answers pending CIBA requests as the phone would (the provider exists only once started). */
    interface CibaAnswers {
        int answer(String nationalId, boolean approve);
    }

    ControlEndpoint(PscModes modes, CibaAnswers answers) {
        this.modes = modes;
        this.answers = answers;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!fromLoopback(exchange.getRemoteAddress())) {
            throw new OAuthException(403, "access_denied",
                    "Le pilotage du simulateur n'est permis que depuis 127.0.0.1.", Map.of());
        }
        String action = exchange.getRequestURI().getPath().substring(PscPaths.CONTROL.length());
        String method = exchange.getRequestMethod();
        switch (method + " " + action) {
            case "GET mode" -> HttpIo.json(exchange, 200, describe(modes));
            case "POST mode" -> {
                apply(readJson(exchange));
                HttpIo.json(exchange, 200, describe(modes));
            }
            case "POST reset" -> {
                modes.reset();
                HttpIo.json(exchange, 200, describe(modes));
            }
            case "GET professionals" -> HttpIo.json(exchange, 200, Map.of("professionals", TestProfessionals.all()));
            case "POST ciba/answer" -> {
                JsonNode body = readJson(exchange);
                JsonNode id = body.get("nationalId");
                JsonNode approve = body.get("approve");
                if (id == null || !id.isTextual() || approve == null || !approve.isBoolean()) {
                    throw OAuthException.invalidRequest("Attendu : {\"nationalId\":\"…\",\"approve\":true|false}.");
                }
                HttpIo.json(exchange, 200, Map.of("answered", answers.answer(id.asText(), approve.asBoolean())));
            }
            default -> throw new OAuthException(404, "invalid_request",
                    "Commande de pilotage inconnue : " + method + " " + PscPaths.CONTROL + action + ".", Map.of());
        }
    }

    static boolean fromLoopback(InetSocketAddress remote) {
        return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
    }

    static Map<String, Object> describe(PscModes modes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("wrongSigningKey", modes.wrongSigningKey());
        json.put("expiredTokens", modes.expiredTokens());
        json.put("providerDown", modes.providerDown());
        json.put("slowDelayMillis", modes.slowDelay().toMillis());
        json.put("approvalDelayMillis", modes.approvalDelay().toMillis());
        json.put("autoApprove", modes.autoApprove());
        json.put("browserAutoLogin", modes.browserAutoLogin());
        json.put("deniedNationalIds", List.copyOf(modes.deniedNationalIds()));
        return json;
    }

    private JsonNode readJson(HttpExchange exchange) throws IOException {
        String body = HttpIo.body(exchange);
        try {
            JsonNode json = HttpIo.JSON.readTree(body.isBlank() ? "{}" : body);
            if (!json.isObject()) {
                throw OAuthException.invalidRequest("Un objet JSON est attendu.");
            }
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw OAuthException.invalidRequest("JSON illisible.");
        }
    }

    /** Checks every field before changing anything, so a bad request changes nothing. */
    private void apply(JsonNode changes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            boolean ok = switch (field.getKey()) {
                case "wrongSigningKey", "expiredTokens", "providerDown", "autoApprove" -> field.getValue().isBoolean();
                case "slowDelayMillis", "approvalDelayMillis" -> field.getValue().canConvertToLong()
                        && field.getValue().isIntegralNumber() && field.getValue().asLong() >= 0;
                case "browserAutoLogin" -> field.getValue().isTextual() || field.getValue().isNull();
                case "deniedNationalIds" -> field.getValue().isArray();
                default -> false;
            };
            if (!ok) {
                throw OAuthException.invalidRequest("Champ de mode inconnu ou de mauvais type : « "
                        + field.getKey() + " ».");
            }
        }
        changes.fields().forEachRemaining(field -> set(field.getKey(), field.getValue()));
    }

    private void set(String name, JsonNode value) {
        switch (name) {
            case "wrongSigningKey" -> modes.setWrongSigningKey(value.asBoolean());
            case "expiredTokens" -> modes.setExpiredTokens(value.asBoolean());
            case "providerDown" -> modes.setProviderDown(value.asBoolean());
            case "autoApprove" -> modes.setAutoApprove(value.asBoolean());
            case "slowDelayMillis" -> modes.setSlowDelay(Duration.ofMillis(value.asLong()));
            case "approvalDelayMillis" -> modes.setApprovalDelay(Duration.ofMillis(value.asLong()));
            case "browserAutoLogin" -> modes.setBrowserAutoLogin(value.isNull() ? null : value.asText());
            case "deniedNationalIds" -> {
                modes.deniedNationalIds().forEach(modes::allow);
                value.forEach(id -> modes.deny(id.asText()));
            }
            default -> throw new IllegalStateException(name);
        }
    }
}
