package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET …/protocol/openid-connect/auth}: the authorization endpoint of the code flow (OIDC Core §3.1.2, PKCE
 * S256 required). It shows a French page listing the test professionals; {@code login_hint=<id>&auto=1} (or the
 * « browser auto-login » mode) stands for the professional approving on the e-CPS and redirects straight back.
 *
 * <p>An unknown client or a redirect URI that is not loopback gets an error page, never a redirect (§3.1.2.6: no
 * open redirector); every other error goes back to the client as {@code error}/{@code error_description}.
 */
final class AuthorizeEndpoint implements HttpHandler {

    private final Provider provider;

    AuthorizeEndpoint(Provider provider) {
        this.provider = provider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HttpIo.requireMethod(exchange, "GET");
        Params query = HttpIo.query(exchange);
        Optional<String> clientId = safe(() -> query.optional("client_id"));
        if (clientId.isEmpty() || !provider.clients.isKnown(clientId.get())) {
            HttpIo.html(exchange, 400, LoginPage.error("Application cliente inconnue de Pro Santé Connect."));
            return;
        }
        Optional<String> redirectUri = safe(() -> query.optional("redirect_uri"));
        if (redirectUri.isEmpty() || !ClientRegistry.acceptsRedirect(redirectUri.get())) {
            HttpIo.html(exchange, 400, LoginPage.error("Adresse de retour refusée : seule une adresse "
                    + "http://127.0.0.1:<port>/… (application native, RFC 8252) est acceptée."));
            return;
        }
        Optional<String> state = safe(() -> query.optional("state"));
        try {
            Request request = validate(query, clientId.get(), redirectUri.get());
            Optional<String> chosen = query.optional("login_hint");
            boolean auto = query.optional("auto").filter("1"::equals).isPresent();
            String autoLogin = provider.modes.browserAutoLogin();
            if (chosen.isPresent() && auto) {
                complete(exchange, request, chosen.get());
            } else if (autoLogin != null) {
                complete(exchange, request, chosen.orElse(autoLogin));
            } else {
                HttpIo.html(exchange, 200, LoginPage.choose(exchange.getRequestURI().getRawQuery(),
                        chosen.orElse(null)));
            }
        } catch (OAuthException e) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("error", e.error());
            error.put("error_description", e.getMessage());
            state.ifPresent(value -> error.put("state", value));
            error.put("iss", provider.paths.issuer());
            HttpIo.redirect(exchange, withQuery(redirectUri.get(), error));
        }
    }

    private record Request(String clientId, String redirectUri, String state, String nonce, String scope,
            String codeChallenge) {
    }

    private Request validate(Params query, String clientId, String redirectUri) {
        String responseType = query.required("response_type");
        if (!"code".equals(responseType)) {
            throw OAuthException.badRequest("unsupported_response_type",
                    "Seul response_type=code est pris en charge.");
        }
        String scope = Acr.checkScope(query.required("scope"));
        String state = query.required("state");
        String nonce = query.required("nonce");
        String challenge = query.optional("code_challenge").orElseThrow(
                () -> OAuthException.invalidRequest("PKCE obligatoire : code_challenge absent."));
        if (!"S256".equals(query.optional("code_challenge_method").orElse("plain"))) {
            throw OAuthException.invalidRequest("Seule la méthode PKCE S256 est acceptée.");
        }
        if (!challenge.matches("[A-Za-z0-9_-]{43}")) {
            throw OAuthException.invalidRequest("code_challenge mal formé (SHA-256 en base64url attendu).");
        }
        Acr.check(query.optional("acr_values"));
        return new Request(clientId, redirectUri, state, nonce, scope, challenge);
    }

    private void complete(HttpExchange exchange, Request request, String nationalId) throws IOException {
        TestProfessional professional = TestProfessionals.byNationalId(nationalId).orElseThrow(
                () -> OAuthException.badRequest("access_denied",
                        "Aucun professionnel de santé ne correspond à cet identifiant national."));
        if (professional.ecpsBlocked()) {
            throw OAuthException.badRequest("access_denied",
                    "La e-CPS de ce professionnel est bloquée : connexion impossible.");
        }
        if (professional.deniesOnPhone() || provider.modes.denies(nationalId)) {
            throw OAuthException.badRequest("access_denied",
                    "Le professionnel a refusé la demande sur son application e-CPS.");
        }
        Instant now = provider.now();
        String code = provider.codes.issue(new AuthorizationCodes.IssuedCode(request.clientId(),
                request.redirectUri(), request.codeChallenge(), request.nonce(), request.scope(), professional, now,
                now.plus(provider.settings.codeLifetime())));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", request.state());
        answer.put("iss", provider.paths.issuer());
        HttpIo.redirect(exchange, withQuery(request.redirectUri(), answer));
    }

    private static String withQuery(String uri, Map<String, String> parameters) {
        StringBuilder target = new StringBuilder(uri).append(uri.contains("?") ? '&' : '?');
        parameters.forEach((name, value) -> target.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        target.setLength(target.length() - 1);
        return target.toString();
    }

    /** Reading a parameter before we know where to redirect: a repeated one counts as absent. */
    private static Optional<String> safe(java.util.function.Supplier<Optional<String>> read) {
        try {
            return read.get();
        } catch (OAuthException e) {
            return Optional.empty();
        }
    }
}
