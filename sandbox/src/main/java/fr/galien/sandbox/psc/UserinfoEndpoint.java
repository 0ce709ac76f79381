package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/**
 * {@code GET|POST …/protocol/openid-connect/userinfo} with {@code Authorization: Bearer}: the professional's PSC
 * claims as JSON; a missing, forged, expired or logged-out token gets 401 {@code invalid_token} (RFC 6750 §3.1).
 */
final class UserinfoEndpoint implements HttpHandler {

    private final Provider provider;

    UserinfoEndpoint(Provider provider) {
        this.provider = provider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"POST".equals(method)) {
            throw OAuthException.methodNotAllowed("GET, POST");
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw OAuthException.invalidToken("Jeton d'accès absent.", "Jeton d'acces absent");
        }
        Provider.ActiveToken token = provider.activeAccessToken(header.substring(7).trim()).orElseThrow(
                () -> OAuthException.invalidToken("Jeton d'accès invalide, expiré ou révoqué.",
                        "Jeton d'acces invalide, expire ou revoque"));
        HttpIo.json(exchange, 200, UserinfoClaims.of(token.session().professional()));
    }
}
