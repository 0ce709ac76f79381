package fr.galien.sandbox.mssante;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * SASL XOAUTH2 as MSSanté operators check it (specs §3.1 CONF.07): {@code base64("user=" + bal + "\x01auth=Bearer " +
 * jwt + "\x01\x01")}, the JWT a Pro Santé Connect access token whose {@code exp} is ahead and whose professional
 * ({@code SubjectNameID}, else {@code sub}) owns the mailbox. As in the INSi simulator ({@code PscTokenCheck}) the
 * signature is not verified — the operator simulator holds no trust link to the PSC simulator's keys — so this checks
 * what a client can get wrong: no token, not a JWT, expired, someone else's mailbox.
 */
final class XoauthCheck {

    /** The mailbox opened, or why not (French, for the server's refusal line). */
    record Outcome(Optional<String> mailbox, String refusal) {
    }

    private final Mailboxes mailboxes;
    private final Clock clock;

    XoauthCheck(Mailboxes mailboxes, Clock clock) {
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    Outcome check(String base64) {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refused("réponse XOAUTH2 qui n'est pas du base64");
        }
        String user = null;
        String token = null;
        for (String field : text.split("\u0001")) {
            if (field.startsWith("user=")) {
                user = field.substring(5).strip().toLowerCase(Locale.ROOT);
            } else if (field.regionMatches(true, 0, "auth=Bearer ", 0, 12)) {
                token = field.substring(12).strip();
            }
        }
        if (user == null || token == null || token.isEmpty()) {
            return refused("XOAUTH2 sans boîte (user=) ou sans jeton (auth=Bearer)");
        }
        JWTClaimsSet claims;
        try {
            claims = JWTParser.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            return refused("le jeton Pro Santé Connect n'est pas un JWT lisible");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
            return refused("le jeton Pro Santé Connect a expiré");
        }
        Object nameId = claims.getClaim("SubjectNameID");
        String professional = nameId instanceof String id && !id.isBlank() ? id : claims.getSubject();
        Optional<Mailboxes.Mailbox> mailbox = mailboxes.find(user);
        if (mailbox.isEmpty()) {
            return refused("boîte inconnue de l'opérateur : " + user);
        }
        if (professional == null || !mailbox.get().owners().contains(professional)) {
            return refused("la boîte " + user + " n'appartient pas au professionnel du jeton");
        }
        return new Outcome(Optional.of(user), null);
    }

    private static Outcome refused(String why) {
        return new Outcome(Optional.empty(), why);
    }
}
