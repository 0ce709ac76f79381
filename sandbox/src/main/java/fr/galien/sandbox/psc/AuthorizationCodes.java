package fr.galien.sandbox.psc;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes: single use, short-lived, bound to the client, redirect URI, PKCE challenge and nonce. A code
 * presented twice revokes the session it produced (RFC 6749 §4.1.2).
 */
final class AuthorizationCodes {

    record IssuedCode(String clientId, String redirectUri, String codeChallenge, String nonce, String scope,
            TestProfessional professional, Instant authTime, Instant expiresAt) {
    }

    private final Map<String, IssuedCode> unused = new ConcurrentHashMap<>();
    private final Map<String, String> sessionByUsedCode = new ConcurrentHashMap<>();

    String issue(IssuedCode code) {
        String value = Sessions.randomToken();
        unused.put(value, code);
        return value;
    }

    /** Takes the code out (whatever happens next it cannot be used again). */
    IssuedCode redeem(String code, Instant now, Sessions sessions) {
        IssuedCode issued = unused.remove(code);
        if (issued == null) {
            Optional.ofNullable(sessionByUsedCode.get(code)).ifPresent(sessions::end);
            throw OAuthException.invalidGrant("Code d'autorisation inconnu ou déjà utilisé.");
        }
        sessionByUsedCode.put(code, "");
        if (!now.isBefore(issued.expiresAt())) {
            throw OAuthException.invalidGrant("Code d'autorisation expiré.");
        }
        return issued;
    }

    void remember(String code, String sid) {
        sessionByUsedCode.put(code, sid);
    }
}
