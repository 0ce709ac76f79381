package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST …/protocol/openid-connect/token/introspect} (RFC 7662, client authentication required): the claims
 * plus {@code active:true}, {@code client_id}, {@code username}; {@code {"active":false}} otherwise (specs §5.3).
 */
final class IntrospectionEndpoint implements HttpHandler {

    private final Provider provider;

    IntrospectionEndpoint(Provider provider) {
        this.provider = provider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Params form = HttpIo.form(exchange);
        provider.clients.authenticate(exchange, form);
        String token = form.required("token");
        Optional<Provider.ActiveToken> access = provider.activeAccessToken(token);
        if (access.isPresent()) {
            Map<String, Object> body = new LinkedHashMap<>(access.get().claims().toJSONObject());
            body.put("active", true);
            body.put("client_id", access.get().session().clientId());
            body.put("username", access.get().session().professional().nationalId());
            body.put("token_type", "Bearer");
            HttpIo.json(exchange, 200, body);
            return;
        }
        Instant now = provider.now();
        Optional<Sessions.RefreshEntry> refresh = provider.sessions.peekRefresh(token, now);
        Optional<Sessions.Session> session = refresh.flatMap(entry -> provider.sessions.active(entry.sid()));
        if (session.isPresent()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("active", true);
            body.put("typ", "Refresh");
            body.put("iss", provider.paths.issuer());
            body.put("sub", session.get().professional().subject());
            body.put("iat", refresh.get().issuedAt().getEpochSecond());
            body.put("exp", refresh.get().expiresAt().getEpochSecond());
            body.put("sid", session.get().sid());
            body.put("client_id", session.get().clientId());
            body.put("username", session.get().professional().nationalId());
            HttpIo.json(exchange, 200, body);
            return;
        }
        HttpIo.json(exchange, 200, Map.of("active", false));
    }
}
