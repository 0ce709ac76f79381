package fr.galien.sandbox.insi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /insi/_control}: drives and inspects the simulator from outside the JVM. Not part of INSi; answered in
 * every mode, to loopback callers only.
 * <ul>
 *   <li>{@code GET /insi/_control} → modes, call count and the last requests;</li>
 *   <li>{@code POST /insi/_control} with a JSON object of the fields to change: {@code mode} (normal, lent,
 *       panne), {@code delaiMs}, {@code oidTest}, {@code idamInconnus}, {@code viderJournal},
 *       {@code reinitialiser};</li>
 *   <li>{@code GET /insi/_control/identites} → the identity base.</li>
 * </ul>
 */
final class InsiControlEndpoint {

    static final String PATH = "/insi/_control";
    private static final int MAX_BODY = 16 * 1024;

    private final InsiModes modes;
    private final InsiJournal journal;

    InsiControlEndpoint(InsiModes modes, InsiJournal journal) {
        this.modes = modes;
        this.journal = journal;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!InsiHttp.fromLoopback(exchange.getRemoteAddress())) {
            InsiHttp.error(exchange, 403, "INTERDIT", "Le pilotage du simulateur n'est permis que depuis 127.0.0.1.");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PATH) && method.equals("GET")) {
            InsiHttp.json(exchange, 200, describe());
        } else if (path.equals(PATH) && method.equals("POST")) {
            JsonNode changes = readJson(exchange);
            if (changes == null) {
                return;
            }
            String problem = check(changes);
            if (problem != null) {
                InsiHttp.error(exchange, 400, "REQUETE_INVALIDE", problem);
                return;
            }
            apply(changes);
            InsiHttp.json(exchange, 200, describe());
        } else if (path.equals(PATH + "/identites") && method.equals("GET")) {
            InsiHttp.json(exchange, 200, Map.of("identites", identities()));
        } else {
            InsiHttp.error(exchange, 404, "INCONNU", "Commande de pilotage inconnue : " + method + " " + path + ".");
        }
    }

    private Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", modes.mode().wire());
        json.put("delaiMs", modes.delay().toMillis());
        json.put("oidTest", modes.testOid());
        json.put("idamInconnus", List.copyOf(modes.unknownIdams()));
        json.put("appels", journal.count());
        List<Map<String, Object>> calls = new ArrayList<>();
        for (InsiCall call : journal.lastCalls()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("horodatage", call.at().toString());
            entry.put("operation", call.operation());
            entry.put("messageId", call.messageId());
            entry.put("resultat", call.outcome());
            entry.put("statutHttp", call.httpStatus());
            entry.put("identite", call.identity());
            entry.put("requete", call.request());
            calls.add(entry);
        }
        json.put("dernieresRequetes", calls);
        return json;
    }

    private JsonNode readJson(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            InsiHttp.error(exchange, 413, "REQUETE_INVALIDE", "Commande trop volumineuse.");
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode json = InsiHttp.JSON.readTree(text.isBlank() ? "{}" : text);
            if (json.isObject()) {
                return json;
            }
        } catch (JsonProcessingException e) {
            // Answered below, like any other unreadable command.
        }
        InsiHttp.error(exchange, 400, "REQUETE_INVALIDE", "Un objet JSON est attendu.");
        return null;
    }

    /** Checks every field before changing anything, so a bad command changes nothing; null when all is well. */
    private static String check(JsonNode changes) {
        for (Map.Entry<String, JsonNode> field : changes.properties()) {
            JsonNode value = field.getValue();
            boolean ok = switch (field.getKey()) {
                case "mode" -> value.isTextual() && InsiMode.fromWire(value.asText()).isPresent();
                case "delaiMs" -> value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0;
                case "oidTest", "viderJournal", "reinitialiser" -> value.isBoolean();
                case "idamInconnus" -> value.isArray() && allText(value);
                default -> false;
            };
            if (!ok) {
                return "Champ inconnu ou de mauvais type : « " + field.getKey()
                        + " » (mode : normal, lent ou panne ; delaiMs : entier ≥ 0 ; oidTest, viderJournal, "
                        + "reinitialiser : booléens ; idamInconnus : liste de textes).";
            }
        }
        return null;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private void apply(JsonNode changes) {
        if (changes.path("reinitialiser").asBoolean(false)) {
            modes.reset();
            journal.clear();
        }
        if (changes.path("viderJournal").asBoolean(false)) {
            journal.clear();
        }
        if (changes.has("mode")) {
            modes.setMode(InsiMode.fromWire(changes.get("mode").asText()).orElseThrow());
        }
        if (changes.has("delaiMs")) {
            modes.setDelay(Duration.ofMillis(changes.get("delaiMs").asLong()));
        }
        if (changes.has("oidTest")) {
            modes.setTestOid(changes.get("oidTest").asBoolean());
        }
        if (changes.has("idamInconnus")) {
            Set<String> idams = new LinkedHashSet<>();
            changes.get("idamInconnus").forEach(item -> idams.add(item.asText()));
            modes.setUnknownIdams(idams);
        }
    }

    private static List<Map<String, Object>> identities() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TestIdentity identity : TestIdentities.all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", identity.id());
            json.put("nomNaissance", identity.birthName());
            json.put("prenoms", identity.firstNames());
            json.put("sexe", identity.sex());
            json.put("dateNaissance", identity.birthDate());
            json.put("lieuNaissance", identity.birthPlace());
            json.put("matricule", identity.matricule15());
            json.put("oid", identity.nia() ? SoapWriter.OID_NIA : SoapWriter.OID_NIR);
            List<String> history = new ArrayList<>();
            identity.history().forEach(former -> history.add(former.matricule() + former.key()));
            json.put("historique", history);
            json.put("carteVitale", identity.vitaleCard().map(card -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("matriculeIndividu", card.individualMatricule());
                c.put("matriculeOuvrantDroit", card.openingRightsMatricule());
                c.put("rangNaissance", card.birthRank());
                c.put("nomUsuel", card.usageName());
                return c;
            }).orElse(null));
            json.put("dateDeces", identity.deathDate());
            json.put("usage", identity.purpose());
            list.add(json);
        }
        return list;
    }
}
