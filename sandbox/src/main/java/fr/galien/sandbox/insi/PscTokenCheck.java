package fr.galien.sandbox.insi;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * The sandbox contract's check of a PSC access token relayed in an INSi call (ADR 0022): a JWT whose claims name
 * the professional ({@code SubjectNameID}, else {@code sub}) and whose {@code exp} is still ahead. Its signature is
 * not verified — the INSi simulator has no trust link to the PSC simulator's keys — so this checks what a client can
 * get wrong (no token, a token that is not one, an expired one), not a forgery. Refusals are
 * {@link InsiFault#JETON_PSC_INVALIDE}.
 */
final class PscTokenCheck {

    private final Clock clock;

    PscTokenCheck(Clock clock) {
        this.clock = clock;
    }

    /** @return the professional's national id, as the journal records it ({@code psc:<id>}) */
    String professional(Optional<String> token) {
        if (token.isEmpty() || token.get().isEmpty()) {
            throw InsiFault.JETON_PSC_INVALIDE.raise("Aucun jeton Pro Santé Connect dans l'en-tête wsse:Security.");
        }
        JWTClaimsSet claims;
        try {
            claims = JWTParser.parse(token.get()).getJWTClaimsSet();
        } catch (ParseException e) {
            throw InsiFault.JETON_PSC_INVALIDE.raise("Le jeton Pro Santé Connect n'est pas un JWT lisible.");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
            throw InsiFault.JETON_PSC_INVALIDE.raise("Le jeton Pro Santé Connect a expiré.");
        }
        Object nameId = claims.getClaim("SubjectNameID");
        String professional = nameId instanceof String text && !text.isBlank() ? text : claims.getSubject();
        if (professional == null || professional.isBlank()) {
            throw InsiFault.JETON_PSC_INVALIDE.raise("Le jeton Pro Santé Connect ne désigne aucun professionnel.");
        }
        return "psc:" + professional;
    }
}
