package fr.galien.sandbox.eprescription;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;

/**
 * The sandbox contract's check of the Pro Santé Connect access token every e-prescription call carries
 * ({@code Authorization: Bearer}, as the INSi simulator's PSC check): a JWT naming the professional
 * ({@code SubjectNameID}, else {@code sub}) whose {@code exp} is still ahead. The signature is not verified (no trust
 * link to the PSC simulator): this checks what a client can get wrong, not a forgery. Refusals: HTTP 401,
 * {@code JETON_PSC}.
 */
final class PscBearerCheck {

    private final Clock clock;

    PscBearerCheck(Clock clock) {
        this.clock = clock;
    }

    /** @return the professional's national id */
    String professional(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() <= 7) {
            throw Refusals.token("Aucun jeton Pro Santé Connect (en-tête Authorization: Bearer).");
        }
        JWTClaimsSet claims;
        try {
            claims = JWTParser.parse(authorization.substring(7).strip()).getJWTClaimsSet();
        } catch (ParseException e) {
            throw Refusals.token("Le jeton Pro Santé Connect n'est pas un JWT lisible.");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
            throw Refusals.token("Le jeton Pro Santé Connect a expiré.");
        }
        Object nameId = claims.getClaim("SubjectNameID");
        String professional = nameId instanceof String text && !text.isBlank() ? text : claims.getSubject();
        if (professional == null || professional.isBlank()) {
            throw Refusals.token("Le jeton Pro Santé Connect ne désigne aucun professionnel.");
        }
        return professional;
    }
}
