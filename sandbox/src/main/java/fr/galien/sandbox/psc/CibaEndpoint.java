package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST …/protocol/openid-connect/ext/ciba/auth}: the backchannel authentication request (CIBA Core §7.1),
 * with {@code login_hint} = the professional's national id and a {@code binding_message} (specs §5.2).
 */
final class CibaEndpoint implements HttpHandler {

    private static final int MAX_BINDING_MESSAGE = 20;

    private final Provider provider;

    CibaEndpoint(Provider provider) {
        this.provider = provider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Params form = HttpIo.form(exchange);
        String clientId = provider.clients.authenticate(exchange, form);
        String scope = Acr.checkScope(form.required("scope"));
        if (form.has("login_hint_token") || form.has("id_token_hint")) {
            throw OAuthException.invalidRequest("Seul login_hint (identifiant national) est pris en charge.");
        }
        String loginHint = form.required("login_hint");
        Acr.check(form.optional("acr_values"));
        form.optional("binding_message").ifPresent(CibaEndpoint::checkBindingMessage);
        Duration expiresIn = expiresIn(form.optional("requested_expiry"));
        TestProfessional professional = TestProfessionals.byNationalId(loginHint).orElseThrow(
                () -> OAuthException.badRequest("unknown_user_id",
                        "Aucun professionnel de santé ne correspond à cet identifiant national."));

        CibaRequests.Started started = provider.ciba.start(clientId, professional, scope, expiresIn, provider.now());
        provider.issued.add(started.authReqId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("auth_req_id", started.authReqId());
        body.put("expires_in", started.expiresIn().toSeconds());
        body.put("interval", started.interval().toSeconds());
        HttpIo.json(exchange, 200, body);
    }

    /** Shown on both screens, so short and printable (CIBA Core §7.1, invalid_binding_message). */
    private static void checkBindingMessage(String message) {
        if (message.length() > MAX_BINDING_MESSAGE || message.chars().anyMatch(Character::isISOControl)) {
            throw OAuthException.badRequest("invalid_binding_message", "Le binding_message doit être un texte court "
                    + "(au plus " + MAX_BINDING_MESSAGE + " caractères) sans caractère de contrôle.");
        }
    }

    private Duration expiresIn(Optional<String> requested) {
        Duration configured = provider.settings.cibaExpiresIn();
        if (requested.isEmpty()) {
            return configured;
        }
        try {
            long seconds = Long.parseLong(requested.get());
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            Duration asked = Duration.ofSeconds(seconds);
            return asked.compareTo(configured) < 0 ? asked : configured;
        } catch (NumberFormatException e) {
            throw OAuthException.invalidRequest("requested_expiry doit être un nombre entier positif de secondes.");
        }
    }
}
