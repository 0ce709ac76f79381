package fr.galien.sandbox.psc;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Everything the endpoints share: settings, modes, keys, clients and the provider's state. */
final class Provider {

    final PscSettings settings;
    final PscModes modes;
    final ClientRegistry clients;
    final PscKeys keys;
    final PscPaths paths;
    final Sessions sessions;
    final AuthorizationCodes codes = new AuthorizationCodes();
    final CibaRequests ciba;
    final TokenMinter minter;
    final IssuedSecrets issued;

    Provider(PscSettings settings, PscModes modes, ClientRegistry clients, PscKeys keys, PscPaths paths,
             IssuedSecrets issued) {
        this.settings = settings;
        this.modes = modes;
        this.clients = clients;
        this.keys = keys;
        this.paths = paths;
        this.issued = issued;
        this.sessions = new Sessions(settings.refreshTokenLifetime(), settings.ssoSessionMax());
        this.ciba = new CibaRequests(settings, modes, sessions);
        this.minter = new TokenMinter(keys, modes, settings, sessions, paths.issuer(), issued);
    }

    Instant now() {
        return settings.clock().instant();
    }

    /** An access token this realm issued, unexpired, whose session is still open. */
    Optional<ActiveToken> activeAccessToken(String token) {
        return keys.verify(token)
                .filter(claims -> paths.issuer().equals(claims.getIssuer()))
                .filter(claims -> "Bearer".equals(claims.getClaim("typ")))
                .filter(claims -> isUnexpired(claims.getExpirationTime()))
                .flatMap(claims -> sessions.active(stringClaim(claims, "sid"))
                        .map(session -> new ActiveToken(claims, session)));
    }

    record ActiveToken(JWTClaimsSet claims, Sessions.Session session) {
    }

    private boolean isUnexpired(Date exp) {
        return exp != null && now().isBefore(exp.toInstant());
    }

    static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }
}
