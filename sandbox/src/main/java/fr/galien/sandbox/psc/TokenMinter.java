package fr.galien.sandbox.psc;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the token response of a session: a PSC-like RS256 access token (specs §5.4), an ID token and a fresh
 * refresh token. Honours the « wrong key » and « expired tokens » modes.
 */
final class TokenMinter {

    /** Far enough in the past that no reasonable clock-skew allowance accepts it. */
    private static final Duration EXPIRED_BY = Duration.ofMinutes(10);

    private final PscKeys keys;
    private final PscModes modes;
    private final PscSettings settings;
    private final Sessions sessions;
    private final String issuer;
    private final IssuedSecrets issued;

    TokenMinter(PscKeys keys, PscModes modes, PscSettings settings, Sessions sessions, String issuer,
                IssuedSecrets issued) {
        this.keys = keys;
        this.modes = modes;
        this.settings = settings;
        this.sessions = sessions;
        this.issuer = issuer;
        this.issued = issued;
    }

    /** The JSON body of a successful token response (RFC 6749 §5.1 plus Keycloak's extra fields). */
    Map<String, Object> tokenResponse(Sessions.Session session) {
        Instant now = settings.clock().instant();
        boolean expired = modes.expiredTokens();
        boolean rogue = modes.wrongSigningKey();
        Instant exp = expired ? now.minus(EXPIRED_BY) : now.plus(settings.accessTokenLifetime());
        Instant iat = exp.minus(settings.accessTokenLifetime());

        Map<String, Object> body = new LinkedHashMap<>();
        String accessToken = keys.sign(accessClaims(session, iat, exp), rogue);
        String refreshToken = sessions.newRefreshToken(session, now);
        String idToken = keys.sign(idClaims(session, iat, exp), rogue);
        issued.add(accessToken);
        issued.add(refreshToken);
        issued.add(idToken);
        body.put("access_token", accessToken);
        body.put("expires_in", settings.accessTokenLifetime().toSeconds());
        body.put("refresh_expires_in", sessions.refreshExpiresIn(session, now).toSeconds());
        body.put("refresh_token", refreshToken);
        body.put("token_type", "Bearer");
        body.put("id_token", idToken);
        body.put("not-before-policy", 0);
        body.put("session_state", session.sid());
        body.put("scope", session.scope());
        return body;
    }

    private JWTClaimsSet accessClaims(Sessions.Session session, Instant iat, Instant exp) {
        TestProfessional professional = session.professional();
        JWTClaimsSet.Builder claims = common(session, iat, exp)
                .audience(session.clientId())
                .claim("typ", "Bearer")
                .claim("scope", session.scope())
                .claim("email_verified", false)
                .claim("preferred_username", professional.nationalId())
                .claim("SubjectNameID", professional.nationalId());
        return claims.build();
    }

    private JWTClaimsSet idClaims(Sessions.Session session, Instant iat, Instant exp) {
        TestProfessional professional = session.professional();
        return common(session, iat, exp)
                .audience(session.clientId())
                .claim("typ", "ID")
                .claim("idp", "PSC")
                .claim("preferred_username", professional.nationalId())
                .claim("SubjectNameID", professional.nationalId())
                .build();
    }

    private JWTClaimsSet.Builder common(Sessions.Session session, Instant iat, Instant exp) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(session.professional().subject())
                .expirationTime(Date.from(exp))
                .issueTime(Date.from(iat))
                .jwtID(UUID.randomUUID().toString())
                .claim("auth_time", session.authTime().getEpochSecond())
                .claim("azp", session.clientId())
                .claim("acr", session.acr())
                .claim("sid", session.sid())
                .claim("session_state", session.sid());
        if (session.nonce() != null) {
            claims.claim("nonce", session.nonce());
        }
        return claims;
    }
}
