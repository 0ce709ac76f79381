package fr.galien.psc;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import fr.galien.core.error.SegurException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The token and userinfo endpoints, with client authentication {@code client_secret_basic} (decisions.md: PSC
 * clients are confidential; specs §5.2). Token answers come back as {@link Outcome} so the CIBA poller can read
 * {@code authorization_pending} and {@code slow_down} without exceptions.
 */
final class TokenClient {

    /** Tokens as the provider sent them; {@code idToken} and {@code refreshToken} may be null. */
    record Tokens(BearerAccessToken accessToken, RefreshToken refreshToken, String idToken, long expiresInSeconds,
                  Long refreshExpiresInSeconds) {
    }

    /** Exactly one of the two is present. */
    record Outcome(Tokens tokens, ErrorObject error) {

        Tokens orThrow() {
            if (tokens == null) {
                throw ProviderRefusal.toException(error);
            }
            return tokens;
        }
    }

    /** PSC access tokens live 60 s (specs §5.4): the fallback when expires_in is missing. */
    private static final long DEFAULT_EXPIRES_IN = 60;

    private final PscHttp http;
    private final ProviderDirectory directory;
    private final IdTokenVerifier verifier;
    private final ClientID clientId;
    private final Secret clientSecret;

    TokenClient(PscHttp http, ProviderDirectory directory, IdTokenVerifier verifier, String clientId,
                String clientSecret) {
        this.http = http;
        this.directory = directory;
        this.verifier = verifier;
        this.clientId = new ClientID(clientId);
        this.clientSecret = clientSecret == null ? null : new Secret(clientSecret);
    }

    ClientID clientId() {
        return clientId;
    }

    /** Basic authentication; empty when no secret is configured (browser flow then relies on PKCE alone). */
    Optional<ClientAuthentication> clientAuthentication() {
        return clientSecret == null ? Optional.empty() : Optional.of(new ClientSecretBasic(clientId, clientSecret));
    }

    ClientAuthentication requiredClientAuthentication() {
        return clientAuthentication().orElseThrow(() -> new SegurException(PscError.PSC_0022,
                PscSettings.CLIENT_SECRET));
    }

    HTTPResponse send(HTTPRequest request) {
        return http.send(request);
    }

    Outcome request(AuthorizationGrant grant) {
        URI endpoint = directory.endpoints().tokenEndpoint();
        TokenRequest request = clientAuthentication()
                .map(auth -> new TokenRequest(endpoint, auth, grant))
                .orElseGet(() -> new TokenRequest(endpoint, clientId, grant));
        HTTPResponse response = http.send(request.toHTTPRequest());
        try {
            TokenResponse parsed = TokenResponse.parse(response);
            if (!parsed.indicatesSuccess()) {
                return new Outcome(null, parsed.toErrorResponse().getErrorObject());
            }
            return new Outcome(tokens(parsed.toSuccessResponse()), null);
        } catch (ParseException e) {
            throw new SegurException(PscError.PSC_0002, e, "réponse du point d'accès jeton");
        }
    }

    private static Tokens tokens(AccessTokenResponse response) throws ParseException {
        BearerAccessToken access = response.getTokens().getBearerAccessToken();
        if (access == null) {
            throw new ParseException("no bearer access token");
        }
        Map<String, Object> extra = response.getCustomParameters();
        Object idToken = extra.get("id_token");
        long expiresIn = access.getLifetime() > 0 ? access.getLifetime() : DEFAULT_EXPIRES_IN;
        return new Tokens(access, response.getTokens().getRefreshToken(),
                idToken instanceof String text ? text : null, expiresIn, number(extra.get("refresh_expires_in")));
    }

    private static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Userinfo as JSON, or as a signed JWT verified against the provider keys (specs §5.2). */
    Map<String, Object> userinfo(BearerAccessToken accessToken) {
        HTTPRequest request = new UserInfoRequest(directory.endpoints().userinfo(), accessToken).toHTTPRequest();
        HTTPResponse response = http.send(request);
        if (response.getStatusCode() == 401 || response.getStatusCode() == 403) {
            throw new SegurException(PscError.PSC_0021, "userinfo HTTP " + response.getStatusCode());
        }
        if (response.getStatusCode() != 200) {
            throw new SegurException(PscError.PSC_0002, "userinfo HTTP " + response.getStatusCode());
        }
        String body = response.getBody();
        try {
            String contentType = response.getHeaderValue("Content-Type");
            if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/jwt")) {
                SignedJWT jwt = SignedJWT.parse(body.trim());
                verifier.verifySignature(jwt);
                return jwt.getJWTClaimsSet().getClaims();
            }
            return JSONObjectUtils.parse(body);
        } catch (java.text.ParseException e) {
            throw new SegurException(PscError.PSC_0002, e, "profil userinfo illisible");
        }
    }
}
