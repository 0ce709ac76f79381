package fr.galien.psc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.galien.core.error.SegurException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Validates PSC ID tokens (OIDC Core §3.1.3.7) one check at a time, so each failure gets its own code and French
 * sentence (issue 3, "bad input"): signature against the provider's JWKS (RS256, specs §5.2), issuer, audience,
 * expiry with a bounded clock skew, nonce, acr. Equivalent to Nimbus' {@code IDTokenValidator} but on our injected
 * clock and with precise outcomes.
 */
final class IdTokenVerifier {

    /** decisions.md "PSC": accept eidas1 or higher; real bas tokens carry eidas3 (specs §5.4). */
    static final Set<String> ACCEPTED_ACR = Set.of("eidas1", "eidas2", "eidas3");

    record VerifiedIdToken(SignedJWT jwt, JWTClaimsSet claims, String acr, Instant expiresAt) {
    }

    private final ProviderDirectory directory;
    private final String issuer;
    private final String clientId;
    private final Duration clockSkew;
    private final Clock clock;

    IdTokenVerifier(ProviderDirectory directory, String issuer, String clientId, Duration clockSkew, Clock clock) {
        this.directory = directory;
        this.issuer = issuer;
        this.clientId = clientId;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /**
     * @param expectedNonce the nonce this login sent; null for a refreshed ID token (OIDC Core §12.2: no nonce then)
     * @param checkAcr      false on refresh: the level was proven at login and a refreshed token may omit it
     */
    VerifiedIdToken verify(String idToken, String expectedNonce, boolean checkAcr) {
        if (idToken == null || idToken.isBlank()) {
            throw new SegurException(PscError.PSC_0020);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new SegurException(PscError.PSC_0020, e);
        }
        verifySignature(jwt);
        checkIssuer(claims);
        checkAudience(claims);
        Instant expiresAt = checkTimes(claims);
        checkNonce(claims, expectedNonce);
        String acr = stringClaim(claims, "acr");
        if (checkAcr && (acr == null || !ACCEPTED_ACR.contains(acr))) {
            throw new SegurException(PscError.PSC_0008, acr == null ? "absent" : acr);
        }
        return new VerifiedIdToken(jwt, claims, acr, expiresAt);
    }

    /** Also used for a userinfo answered as a signed JWT (specs §5.2). */
    void verifySignature(SignedJWT jwt) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            // Refuses "none" and HS256 signed with a guessable key: PSC signs with its realm RSA key.
            throw new SegurException(PscError.PSC_0003);
        }
        if (verifiesWithAnyOf(jwt, candidates(jwt, false)) || verifiesWithAnyOf(jwt, candidates(jwt, true))) {
            return;
        }
        throw new SegurException(PscError.PSC_0003);
    }

    private List<JWK> candidates(SignedJWT jwt, boolean reload) {
        JWKMatcher matcher = new JWKMatcher.Builder()
                .keyType(KeyType.RSA)
                .keyID(jwt.getHeader().getKeyID())
                .keyUses(KeyUse.SIGNATURE, null)
                .build();
        return new JWKSelector(matcher).select(directory.keys(reload));
    }

    private static boolean verifiesWithAnyOf(SignedJWT jwt, List<JWK> keys) {
        for (JWK key : keys) {
            try {
                if (jwt.verify(new RSASSAVerifier(((RSAKey) key).toRSAPublicKey()))) {
                    return true;
                }
            } catch (JOSEException e) {
                // An unusable key is just not the one; the next candidate (or PSC-0003) decides.
            }
        }
        return false;
    }

    private void checkIssuer(JWTClaimsSet claims) {
        String iss = claims.getIssuer();
        if (!issuer.equals(iss)) {
            throw new SegurException(PscError.PSC_0004, iss == null ? "absent" : iss, issuer);
        }
    }

    private void checkAudience(JWTClaimsSet claims) {
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new SegurException(PscError.PSC_0005);
        }
        String azp = stringClaim(claims, "azp");
        // OIDC Core §3.1.3.7 (4, 5): several audiences need an azp naming us.
        if (audience.size() > 1 && !clientId.equals(azp)) {
            throw new SegurException(PscError.PSC_0005);
        }
        if (azp != null && !clientId.equals(azp)) {
            throw new SegurException(PscError.PSC_0005);
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        Date exp = claims.getExpirationTime();
        Instant now = clock.instant();
        if (exp == null || now.isAfter(exp.toInstant().plus(clockSkew))) {
            throw new SegurException(PscError.PSC_0006);
        }
        Date iat = claims.getIssueTime();
        if (iat != null && iat.toInstant().isAfter(now.plus(clockSkew))) {
            throw new SegurException(PscError.PSC_0006);
        }
        return exp.toInstant();
    }

    private static void checkNonce(JWTClaimsSet claims, String expectedNonce) {
        if (expectedNonce != null && !expectedNonce.equals(stringClaim(claims, "nonce"))) {
            throw new SegurException(PscError.PSC_0007);
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }
}
