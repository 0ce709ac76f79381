package fr.galien.sandbox.psc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The realm's RS256 key, generated at start and published in the JWKS, and a rogue key with the same kid that is
 * published nowhere (the « wrong signature key » mode: a client that checks signatures must refuse its tokens).
 */
final class PscKeys {

    private final RSAKey signing;
    private final RSAKey rogue;
    private final String jwks;

    PscKeys() {
        String kid = UUID.randomUUID().toString();
        this.signing = generate(kid);
        this.rogue = generate(kid);
        this.jwks = new JWKSet(signing.toPublicJWK()).toString();
    }

    /** The public JWKS document (no private part). */
    String jwks() {
        return jwks;
    }

    String sign(JWTClaimsSet claims, boolean withRogueKey) {
        RSAKey key = withRogueKey ? rogue : signing;
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
        return jwt.serialize();
    }

    /** The claims of a token this realm signed with its published key; empty for anything else. */
    Optional<JWTClaimsSet> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(signing.toRSAPublicKey()))) {
                return Optional.empty();
            }
            return Optional.of(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }
}
