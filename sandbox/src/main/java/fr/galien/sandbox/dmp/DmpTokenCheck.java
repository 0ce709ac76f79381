package fr.galien.sandbox.dmp;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;

/**
 * The sandbox's check of the PSC access token of a DMP call ({@code Authorization: Bearer}, PDSm4DMP security): a
 * JWT naming the professional ({@code SubjectNameID}, else {@code sub}) whose {@code exp} is ahead. The signature is
 * not verified (no trust link to the PSC simulator's keys), as for INSi (ADR 0022): this checks what a client can get
 * wrong, not a forgery.
 */
final class DmpTokenCheck {

    private final Clock clock;

    DmpTokenCheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * @return {@code psc:<national id>}
     * @throws IllegalArgumentException with the French reason
     */
    String professional(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new IllegalArgumentException("Aucun jeton Pro Santé Connect (en-tête Authorization: Bearer).");
        }
        JWTClaimsSet claims;
        try {
            claims = JWTParser.parse(authorization.substring(7).strip()).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Le jeton Pro Santé Connect n'est pas un JWT lisible.");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
            throw new IllegalArgumentException("Le jeton Pro Santé Connect a expiré.");
        }
        Object nameId = claims.getClaim("SubjectNameID");
        String professional = nameId instanceof String text && !text.isBlank() ? text : claims.getSubject();
        if (professional == null || professional.isBlank()) {
            throw new IllegalArgumentException("Le jeton Pro Santé Connect ne désigne aucun professionnel.");
        }
        return "psc:" + professional;
    }
}
