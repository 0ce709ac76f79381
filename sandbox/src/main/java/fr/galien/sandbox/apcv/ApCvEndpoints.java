package fr.galien.sandbox.apcv;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import fr.galien.sandbox.apcv.ApCvHttp.ApCvError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every path of the ApCV simulator (HELPERS.md « ApCV sandbox wire contract »):
 * <ul>
 *   <li>{@code POST /apcv/v1/lectures} {@code {"qr": …}} → 201 reading, or 400 QR_INVALIDE, 410 QR_EXPIRE, 503;</li>
 *   <li>{@code GET /apcv/v1/lectures/{id}} → the reading and, once approved, the beneficiary; 404 unknown;</li>
 *   <li>{@code GET /apcv/v1/lecteur/carte} → the card in the simulated reader, 404 AUCUNE_CARTE;</li>
 *   <li>{@code GET /apcv/v1/qr}, {@code GET /apcv/v1/qr/{token}.png}, {@code GET /apcv/}: the test codes;</li>
 *   <li>{@code GET|POST /apcv/_control}: modes (not part of the contract's service side, loopback only).</li>
 * </ul>
 * « lent » and « panne » apply to the readings, the ApCV service proper; the card reader is a local device and
 * the test codes are sandbox helpers, so they keep answering.
 */
final class ApCvEndpoints {

    static final String ROOT = "/apcv/";
    static final String READINGS = "/apcv/v1/lectures";
    static final String CARD = "/apcv/v1/lecteur/carte";
    static final String CODES = "/apcv/v1/qr";
    static final String CONTROL = "/apcv/_control";

    private final ApCvSettings settings;
    private final ApCvModes modes;
    private final Readings readings;
    private final QrImages images = new QrImages();

    ApCvEndpoints(ApCvSettings settings, ApCvModes modes, Readings readings) {
        this.settings = settings;
        this.modes = modes;
        this.readings = readings;
    }

    void handle(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(CONTROL)) {
            control(exchange, method);
        } else if (path.equals(READINGS) || path.startsWith(READINGS + "/")) {
            serviceConditions();
            if (path.equals(READINGS)) {
                requireMethod(method, "POST");
                startReading(exchange);
            } else {
                requireMethod(method, "GET");
                poll(exchange, path.substring(READINGS.length() + 1));
            }
        } else if (path.equals(CARD)) {
            requireMethod(method, "GET");
            ApCvTestCode card = modes.card().orElseThrow(() -> new ApCvError(404, "AUCUNE_CARTE",
                    "Aucune carte Vitale dans le lecteur."));
            ApCvHttp.json(exchange, 200, card.beneficiary());
        } else if (path.equals(CODES)) {
            requireMethod(method, "GET");
            ApCvHttp.json(exchange, 200, codes());
        } else if (path.startsWith(CODES + "/") && path.endsWith(".png")) {
            requireMethod(method, "GET");
            String token = path.substring(CODES.length() + 1, path.length() - ".png".length());
            ApCvTestCode code = ApCvTestCodes.byToken(token).orElseThrow(() -> new ApCvError(404, "INCONNU",
                    "Aucun code de test « " + token + " »."));
            exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
            ApCvHttp.send(exchange, 200, "image/png", images.png(code));
        } else if (path.equals(ROOT) || path.equals("/apcv")) {
            requireMethod(method, "GET");
            ApCvHttp.send(exchange, 200, "text/html; charset=utf-8",
                    ApCvPage.html(ApCvTestCodes.all()).getBytes(StandardCharsets.UTF_8));
        } else {
            throw new ApCvError(404, "INCONNU", "Adresse inconnue du simulateur ApCV : " + path + ".");
        }
    }

    private void serviceConditions() throws InterruptedException {
        if (modes.mode() == ApCvMode.LENT) {
            Thread.sleep(modes.slowDelay().toMillis());
        }
        if (modes.mode() == ApCvMode.PANNE) {
            throw new ApCvError(503, "SERVICE_INDISPONIBLE",
                    "Le service de l'appli carte Vitale est momentanément indisponible (panne simulée).");
        }
    }

    private void startReading(HttpExchange exchange) throws IOException {
        JsonNode body = ApCvHttp.jsonObject(exchange, "QR_INVALIDE");
        JsonNode qr = body.get("qr");
        if (qr == null || !qr.isTextual()) {
            throw new ApCvError(400, "QR_INVALIDE", "Attendu : {\"qr\":\"<texte scanné>\"}.");
        }
        String scanned = qr.asText().strip();
        if (!scanned.startsWith(ApCvTestCode.PREFIX)) {
            throw new ApCvError(400, "QR_INVALIDE", "Ce code n'est pas un code de l'appli carte Vitale.");
        }
        ApCvTestCode code = ApCvTestCodes.byToken(scanned.substring(ApCvTestCode.PREFIX.length()))
                .orElseThrow(() -> new ApCvError(400, "QR_INVALIDE", "Code de l'appli carte Vitale inconnu."));
        if (code.answer() == PatientAnswer.QR_PERIME) {
            throw new ApCvError(410, "QR_EXPIRE",
                    "Ce code a expiré : demandez au patient d'en afficher un nouveau dans l'appli.");
        }
        Reading reading = Reading.start(UUID.randomUUID().toString(), code, modes.refuseAll(),
                settings.clock().instant(), modes.approvalDelay(), settings.readingLifetime());
        readings.add(reading);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", reading.id());
        json.put("statut", ReadingStatus.EN_ATTENTE.name());
        json.put("interrogerDansMs", settings.pollEvery().toMillis());
        exchange.getResponseHeaders().set("Location", READINGS + "/" + reading.id());
        ApCvHttp.json(exchange, 201, json);
    }

    private void poll(HttpExchange exchange, String id) throws IOException {
        Reading reading = readings.find(id).orElseThrow(() -> new ApCvError(404, "LECTURE_INCONNUE",
                "Lecture inconnue ou trop ancienne."));
        Instant now = settings.clock().instant();
        ReadingStatus status = reading.statusAt(now);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", reading.id());
        json.put("statut", status.name());
        json.put("beneficiaire", status == ReadingStatus.APPROUVEE ? reading.code().beneficiary() : null);
        ApCvHttp.json(exchange, 200, json);
    }

    private static List<Map<String, String>> codes() {
        List<Map<String, String>> list = new ArrayList<>();
        for (ApCvTestCode code : ApCvTestCodes.all()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("token", code.token());
            entry.put("libelle", code.label());
            entry.put("contenu", code.content());
            list.add(entry);
        }
        return list;
    }

    private void control(HttpExchange exchange, String method) throws IOException {
        if (!ApCvHttp.fromLoopback(exchange.getRemoteAddress())) {
            throw new ApCvError(403, "INTERDIT", "Le pilotage du simulateur n'est permis que depuis 127.0.0.1.");
        }
        if (method.equals("POST")) {
            JsonNode changes = ApCvHttp.jsonObject(exchange, "REQUETE_INVALIDE");
            check(changes);
            apply(changes);
        } else {
            requireMethod(method, "GET");
        }
        ApCvHttp.json(exchange, 200, describe());
    }

    private Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", modes.mode().wire());
        json.put("delaiMs", modes.slowDelay().toMillis());
        json.put("delaiApprobationMs", modes.approvalDelay().toMillis());
        json.put("carte", modes.card().map(ApCvTestCode::token).orElse(null));
        json.put("refuser", modes.refuseAll());
        json.put("lectures", readings.count());
        return json;
    }

    /** Every field is checked before anything changes, so a bad command changes nothing. */
    private static void check(JsonNode changes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            boolean ok = switch (field.getKey()) {
                case "mode" -> value.isTextual() && ApCvMode.fromWire(value.asText()).isPresent();
                case "delaiMs", "delaiApprobationMs" -> value.isIntegralNumber() && value.canConvertToLong()
                        && value.asLong() >= 0;
                case "carte" -> value.isNull() || value.isTextual()
                        && ApCvTestCodes.byToken(value.asText()).isPresent();
                case "refuser", "reinitialiser" -> value.isBoolean();
                default -> false;
            };
            if (!ok) {
                throw new ApCvError(400, "REQUETE_INVALIDE", "Champ inconnu ou de mauvais type : « "
                        + field.getKey() + " » (mode : normal, lent ou panne ; delaiMs, delaiApprobationMs : "
                        + "entiers ≥ 0 ; carte : un jeton de test ou null ; refuser, reinitialiser : booléens).");
            }
        }
    }

    private void apply(JsonNode changes) {
        if (changes.path("reinitialiser").asBoolean(false)) {
            modes.reset();
            readings.clear();
        }
        if (changes.has("mode")) {
            modes.setMode(ApCvMode.fromWire(changes.get("mode").asText()).orElseThrow());
        }
        if (changes.has("delaiMs")) {
            modes.setSlowDelay(Duration.ofMillis(changes.get("delaiMs").asLong()));
        }
        if (changes.has("delaiApprobationMs")) {
            modes.setApprovalDelay(Duration.ofMillis(changes.get("delaiApprobationMs").asLong()));
        }
        if (changes.has("carte")) {
            JsonNode card = changes.get("carte");
            Optional<ApCvTestCode> code = card.isNull() ? Optional.empty() : ApCvTestCodes.byToken(card.asText());
            modes.insertCard(code.orElse(null));
        }
        if (changes.has("refuser")) {
            modes.setRefuseAll(changes.get("refuser").asBoolean());
        }
    }

    private static void requireMethod(String method, String expected) {
        if (!expected.equals(method)) {
            throw new ApCvError(405, "METHODE_INTERDITE", "Méthode " + method + " non permise ici (attendu : "
                    + expected + ").");
        }
    }
}
