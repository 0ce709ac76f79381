package fr.galien.sandbox.psc;

import java.util.Map;

/**
 * A protocol error answered as RFC 6749 §5.2 JSON ({@code error}, French {@code error_description}); thrown from
 * endpoints and written once by the router.
 */
final class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient Map<String, String> headers;

    OAuthException(int status, String error, String description, Map<String, String> headers) {
        super(description);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    static OAuthException badRequest(String error, String description) {
        return new OAuthException(400, error, description, Map.of());
    }

    static OAuthException invalidRequest(String description) {
        return badRequest("invalid_request", description);
    }

    static OAuthException invalidGrant(String description) {
        return badRequest("invalid_grant", description);
    }

    /** 401 with a challenge (RFC 6749 §5.2: required when the client tried HTTP authentication). */
    static OAuthException invalidClient(String description) {
        return new OAuthException(401, "invalid_client", description,
                Map.of("WWW-Authenticate", "Basic realm=\"" + PscPaths.REALM + "\""));
    }

    /**
     * 401 for a bearer token (RFC 6750 §3). The header's description must be ASCII (§3: no quotes, no accents), so
     * it carries an unaccented French sentence; the JSON body has the accented one.
     */
    static OAuthException invalidToken(String description, String asciiDescription) {
        return new OAuthException(401, "invalid_token", description, Map.of("WWW-Authenticate",
                "Bearer realm=\"" + PscPaths.REALM + "\", error=\"invalid_token\", error_description=\""
                        + asciiDescription + "\""));
    }

    static OAuthException methodNotAllowed(String allowed) {
        return new OAuthException(405, "invalid_request",
                "Méthode HTTP non prise en charge ici (attendu : " + allowed + ").", Map.of("Allow", allowed));
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    Map<String, String> headers() {
        return headers;
    }
}
