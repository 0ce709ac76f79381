package fr.galien.sandbox.psc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login sessions (one per successful authentication, id = {@code sid}/{@code session_state}) and their opaque,
 * rotating refresh tokens. Ending a session revokes its refresh tokens and makes its access tokens inactive.
 */
final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An authenticated professional at one client. */
    record Session(String sid, String clientId, TestProfessional professional, String acr, Instant authTime,
            String scope, String nonce) {
    }

    record RefreshEntry(String sid, String clientId, Instant issuedAt, Instant expiresAt) {
    }

    private final Map<String, Session> active = new ConcurrentHashMap<>();
    private final Map<String, RefreshEntry> refreshTokens = new ConcurrentHashMap<>();
    private final Duration refreshLifetime;
    private final Duration ssoMax;

    Sessions(Duration refreshLifetime, Duration ssoMax) {
        this.refreshLifetime = refreshLifetime;
        this.ssoMax = ssoMax;
    }

    Session open(String clientId, TestProfessional professional, String acr, Instant authTime, String scope,
            String nonce) {
        Session session = new Session(UUID.randomUUID().toString(), clientId, professional, acr, authTime, scope,
                nonce);
        active.put(session.sid(), session);
        return session;
    }

    Optional<Session> active(String sid) {
        return sid == null ? Optional.empty() : Optional.ofNullable(active.get(sid));
    }

    String newRefreshToken(Session session, Instant now) {
        String token = randomToken();
        Instant expiry = min(now.plus(refreshLifetime), session.authTime().plus(ssoMax));
        refreshTokens.put(token, new RefreshEntry(session.sid(), session.clientId(), now, expiry));
        return token;
    }

    Duration refreshExpiresIn(Session session, Instant now) {
        Instant expiry = min(now.plus(refreshLifetime), session.authTime().plus(ssoMax));
        return Duration.between(now, expiry);
    }

    /** Consumes a refresh token (rotation: each one works once) and returns its still-active session. */
    Session redeem(String token, String clientId, Instant now) {
        RefreshEntry entry = refreshTokens.remove(token);
        if (entry == null) {
            throw OAuthException.invalidGrant("Jeton de rafraîchissement inconnu, déjà utilisé ou révoqué.");
        }
        if (!entry.clientId().equals(clientId)) {
            throw OAuthException.invalidGrant("Ce jeton de rafraîchissement a été délivré à un autre client.");
        }
        if (!now.isBefore(entry.expiresAt())) {
            throw OAuthException.invalidGrant("Jeton de rafraîchissement expiré : reconnectez-vous.");
        }
        return active(entry.sid()).orElseThrow(
                () -> OAuthException.invalidGrant("La session a été fermée : reconnectez-vous."));
    }

    Optional<RefreshEntry> peekRefresh(String token, Instant now) {
        RefreshEntry entry = refreshTokens.get(token);
        if (entry == null || !now.isBefore(entry.expiresAt()) || !active.containsKey(entry.sid())) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Open sessions (those not logged out), for tests that check a logout reached the provider. */
    int openSessions() {
        return active.size();
    }

    /** Logout: the session and every refresh token it issued are gone. */
    void end(String sid) {
        active.remove(sid);
        refreshTokens.values().removeIf(entry -> entry.sid().equals(sid));
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
