package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Confidential clients known to the simulator, authenticated with client_secret_basic or client_secret_post
 * (RFC 6749 §2.3.1). Redirect URIs: any {@code http://127.0.0.1:<port>/…} loopback address, the port being free to
 * vary (RFC 8252 §7.3).
 */
public final class ClientRegistry {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    ClientRegistry() {
    }

    /** Adds or replaces a client (tests registering a second client to check bindings). */
    public void register(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("client id and secret are required");
        }
        secrets.put(clientId, clientSecret);
    }

    public boolean isKnown(String clientId) {
        return clientId != null && secrets.containsKey(clientId);
    }

    /** RFC 8252 §7.3: loopback IP literal over http, any port; no fragment. */
    static boolean acceptsRedirect(String redirectUri) {
        try {
            URI uri = URI.create(redirectUri);
            return "http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost()) && uri.getPort() > 0
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The authenticated client id, or a 401 invalid_client; both methods at once is a 400 (§2.3). */
    String authenticate(HttpExchange exchange, Params form) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        Optional<String> postedId = form.optional("client_id");
        Optional<String> postedSecret = form.optional("client_secret");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (postedSecret.isPresent()) {
                throw OAuthException.invalidRequest(
                        "Une seule méthode d'authentification du client est permise par requête.");
            }
            String[] credentials = basicCredentials(header.substring(6).trim());
            if (postedId.isPresent() && !postedId.get().equals(credentials[0])) {
                throw OAuthException.invalidRequest("Le client_id ne correspond pas à l'authentification Basic.");
            }
            return check(credentials[0], credentials[1]);
        }
        if (postedId.isPresent() && postedSecret.isPresent()) {
            return check(postedId.get(), postedSecret.get());
        }
        throw OAuthException.invalidClient("Authentification du client absente.");
    }

    private String check(String clientId, String secret) {
        String expected = secrets.get(clientId);
        boolean ok = expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw OAuthException.invalidClient("Client inconnu ou secret incorrect.");
        }
        return clientId;
    }

    /** Basic credentials are form-urlencoded before base64 (RFC 6749 §2.3.1). */
    private static String[] basicCredentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthException.invalidClient("En-tête d'authentification Basic mal formé.");
            }
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient("En-tête d'authentification Basic mal formé.");
        }
    }
}
