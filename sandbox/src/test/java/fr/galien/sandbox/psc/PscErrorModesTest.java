package fr.galien.sandbox.psc;

import static fr.galien.sandbox.psc.PscWire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The switchable failures a PSC client must survive (issue 3: wrong key, expired, down, slow). */
class PscErrorModesTest {

    private static final String TITULAIRE = TestProfessionals.PHARMACIEN_TITULAIRE.nationalId();

    private static PscSimulator simulator;
    private static PscWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = PscWire.started(PscSettings.defaults());
        wire = new PscWire(simulator);
    }

    @AfterEach
    void resetModes() {
        simulator.modes().reset();
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void wrongSigningKeyModeSignsWithAKeyAbsentFromTheJwks() throws Exception {
        simulator.modes().setWrongSigningKey(true);

        JsonNode tokens = wire.codeFlowTokens(TITULAIRE);

        String idToken = tokens.get("id_token").asText();
        assertThat(SignedJWT.parse(idToken).getHeader().getKeyID()).as("same kid, so only the signature betrays it")
                .isEqualTo(com.nimbusds.jose.jwk.JWKSet.parse(wire.get(wire.oidc("certs")).body()).getKeys().get(0)
                        .getKeyID());
        assertThat(wire.signatureVerifies(idToken)).isFalse();
        assertThat(wire.signatureVerifies(tokens.get("access_token").asText())).isFalse();
    }

    @Test
    void tokensVerifyAgainOnceTheWrongKeyModeIsOff() throws Exception {
        simulator.modes().setWrongSigningKey(true);
        simulator.modes().setWrongSigningKey(false);

        JsonNode tokens = wire.codeFlowTokens(TITULAIRE);

        assertThat(wire.signatureVerifies(tokens.get("id_token").asText())).isTrue();
    }

    @Test
    void expiredTokensModeIssuesTokensExpiredBeyondAnyClockSkew() throws Exception {
        simulator.modes().setExpiredTokens(true);

        JsonNode tokens = wire.codeFlowTokens(TITULAIRE);

        JWTClaimsSet id = wire.verified(tokens.get("id_token").asText());
        JWTClaimsSet access = wire.verified(tokens.get("access_token").asText());
        Date fiveMinutesAgo = Date.from(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(id.getExpirationTime()).isBefore(fiveMinutesAgo);
        assertThat(access.getExpirationTime()).isBefore(fiveMinutesAgo);
        assertThat(wire.get(wire.oidc("userinfo"), "Bearer " + tokens.get("access_token").asText()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void providerDownAnswers503OnEveryProtocolEndpoint() throws Exception {
        simulator.modes().setProviderDown(true);

        for (String endpoint : new String[] {"certs", "token", "userinfo", "auth", "ext/ciba/auth", "logout"}) {
            HttpResponse<String> response = wire.get(wire.oidc(endpoint));
            assertThat(response.statusCode()).as(endpoint).isEqualTo(503);
            assertThat(PscWire.error(response)).isEqualTo("temporarily_unavailable");
        }
        HttpResponse<String> discovery = wire.get(simulator.discoveryUrl());
        assertThat(discovery.statusCode()).isEqualTo(503);
        assertThat(discovery.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(discovery).get("error_description").asText()).contains("indisponible");
    }

    @Test
    void providerComesBackWhenTheDownModeIsOff() throws Exception {
        simulator.modes().setProviderDown(true);
        simulator.modes().setProviderDown(false);

        assertThat(wire.get(simulator.discoveryUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void slowProviderDelaysEachRequestPastAShortClientTimeout() {
        simulator.modes().setSlowDelay(Duration.ofSeconds(3));

        assertThatThrownBy(() -> wire.send(HttpRequest.newBuilder(simulator.discoveryUrl())
                .timeout(Duration.ofMillis(300)).GET()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void slowProviderStillAnswers() throws Exception {
        simulator.modes().setSlowDelay(Duration.ofMillis(200));

        assertThat(wire.get(simulator.discoveryUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void deniedNationalIdCanBeAllowedAgain() throws Exception {
        simulator.modes().deny(TITULAIRE);
        simulator.modes().allow(TITULAIRE);

        assertThat(wire.authorizeAs(TITULAIRE, new CodeVerifier(), "n", "s")).containsKey("code");
    }
}
