package fr.galien.sandbox.psc;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code …/protocol/openid-connect/logout}, both ways Keycloak (hence PSC) accepts:
 * <ul>
 *   <li>RP-initiated logout (OIDC RP-Initiated Logout 1.0): GET/POST with {@code id_token_hint}, optional
 *       {@code post_logout_redirect_uri} (loopback) and {@code state}: 302 back, or a French page;</li>
 *   <li>back-channel: POST with client authentication and {@code refresh_token}: 204.</li>
 * </ul>
 * Either way the session ends: its refresh tokens are revoked and its access tokens become inactive.
 */
final class LogoutEndpoint implements HttpHandler {

    private final Provider provider;

    LogoutEndpoint(Provider provider) {
        this.provider = provider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean post = "POST".equals(exchange.getRequestMethod());
        if (!post && !"GET".equals(exchange.getRequestMethod())) {
            throw OAuthException.methodNotAllowed("GET, POST");
        }
        Params params = post ? HttpIo.form(exchange) : HttpIo.query(exchange);
        if (post && params.has("refresh_token")) {
            String clientId = provider.clients.authenticate(exchange, params);
            Sessions.RefreshEntry entry = provider.sessions.peekRefresh(params.required("refresh_token"),
                    provider.now()).filter(found -> found.clientId().equals(clientId)).orElseThrow(
                            () -> OAuthException.invalidGrant("Jeton de rafraîchissement inconnu ou expiré."));
            provider.sessions.end(entry.sid());
            HttpIo.empty(exchange, 204);
            return;
        }
        String hint = params.optional("id_token_hint").orElseThrow(() -> OAuthException.invalidRequest(
                "id_token_hint (ou refresh_token avec authentification du client) est obligatoire."));
        // An expired ID token is still a valid hint (RP-Initiated Logout §2); only the signature matters.
        JWTClaimsSet claims = provider.keys.verify(hint).filter(c -> provider.paths.issuer().equals(c.getIssuer()))
                .orElseThrow(() -> OAuthException.invalidRequest("id_token_hint invalide."));
        Optional.ofNullable(Provider.stringClaim(claims, "sid")).ifPresent(provider.sessions::end);

        Optional<String> redirect = params.optional("post_logout_redirect_uri");
        if (redirect.isEmpty()) {
            HttpIo.html(exchange, 200, LoginPage.loggedOut());
            return;
        }
        if (!ClientRegistry.acceptsRedirect(redirect.get())) {
            throw OAuthException.invalidRequest("post_logout_redirect_uri refusé : adresse 127.0.0.1 attendue.");
        }
        Optional<String> state = params.optional("state");
        String target = redirect.get() + state.map(value -> (redirect.get().contains("?") ? "&" : "?") + "state="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)).orElse("");
        HttpIo.redirect(exchange, target);
    }
}
