package fr.galien.sandbox.psc;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code POST …/protocol/openid-connect/token}: authorization_code (with PKCE S256, RFC 7636), refresh_token
 * (rotating) and the CIBA grant (poll mode, CIBA Core §10–11).
 */
final class TokenEndpoint implements HttpHandler {

    static final String CIBA_GRANT = "urn:openid:params:grant-type:ciba";

    private final Provider provider;

    TokenEndpoint(Provider provider) {
        this.provider = provider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Params form = HttpIo.form(exchange);
        String clientId = provider.clients.authenticate(exchange, form);
        String grantType = form.required("grant_type");
        Sessions.Session session = switch (grantType) {
            case "authorization_code" -> codeGrant(form, clientId);
            case "refresh_token" -> provider.sessions.redeem(form.required("refresh_token"), clientId,
                    provider.now());
            case CIBA_GRANT -> provider.ciba.poll(form.required("auth_req_id"), clientId, provider.now());
            default -> throw OAuthException.badRequest("unsupported_grant_type",
                    "Type d'autorisation « " + grantType + " » non pris en charge.");
        };
        HttpIo.json(exchange, 200, provider.minter.tokenResponse(session));
    }

    private Sessions.Session codeGrant(Params form, String clientId) {
        String code = form.required("code");
        String redirectUri = form.required("redirect_uri");
        String verifier = form.optional("code_verifier").orElseThrow(() -> OAuthException.invalidRequest(
                "Le code_verifier PKCE est obligatoire."));
        Instant now = provider.now();
        AuthorizationCodes.IssuedCode issued = provider.codes.redeem(code, now, provider.sessions);
        if (!issued.clientId().equals(clientId)) {
            throw OAuthException.invalidGrant("Ce code d'autorisation a été délivré à un autre client.");
        }
        if (!issued.redirectUri().equals(redirectUri)) {
            throw OAuthException.invalidGrant("Le redirect_uri diffère de celui de la demande d'autorisation.");
        }
        if (!pkceMatches(verifier, issued.codeChallenge())) {
            throw OAuthException.invalidGrant("Le code_verifier PKCE ne correspond pas au code_challenge.");
        }
        Sessions.Session session = provider.sessions.open(clientId, issued.professional(), Acr.RETURNED,
                issued.authTime(), issued.scope(), issued.nonce());
        provider.codes.remember(code, session.sid());
        return session;
    }

    private static boolean pkceMatches(String verifier, String challenge) {
        try {
            return CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue()
                    .equals(challenge);
        } catch (IllegalArgumentException e) {
            // RFC 7636 §4.1: 43–128 unreserved characters; anything else cannot match.
            return false;
        }
    }
}
