package fr.galien.psc;

import static fr.galien.psc.PscAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each tampering of the ID token gets its own code, a French sentence, and leaves no session (issue 3). */
class IdTokenValidationTest {

    private TestPscProvider provider;
    private ProSanteConnectClient client;

    @BeforeEach
    void start() {
        provider = new TestPscProvider();
        client = provider.target().client(Clock.systemUTC(), new RecordingSleeper());
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void signatureByAnotherKeyIsRefused() {
        provider.signWithRogueKey = true;

        refusedWith(PscError.PSC_0003);
    }

    @Test
    void anotherIssuerIsRefused() {
        tamper(claims -> claims.issuer("https://faux-psc.example/auth/realms/esante-wallet"));

        refusedWith(PscError.PSC_0004);
    }

    @Test
    void anotherAudienceIsRefused() {
        tamper(claims -> claims.audience("autre-logiciel").claim("azp", "autre-logiciel"));

        refusedWith(PscError.PSC_0005);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant longAgo = Instant.now().minusSeconds(3600);
        tamper(claims -> claims.issueTime(Date.from(longAgo)).expirationTime(Date.from(longAgo.plusSeconds(60))));

        refusedWith(PscError.PSC_0006);
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsAccepted() {
        Instant now = Instant.now();
        tamper(claims -> claims.issueTime(Date.from(now.minusSeconds(90))).expirationTime(Date.from(now.minusSeconds(30))));

        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });

        assertThat(client.currentSession()).isPresent();
    }

    @Test
    void acrBelowEidas1IsRefused() {
        tamper(claims -> claims.claim("acr", "eidas0"));

        refusedWith(PscError.PSC_0008);
    }

    @Test
    void missingAcrIsRefused() {
        tamper(claims -> claims.claim("acr", null));

        refusedWith(PscError.PSC_0008);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eidas1", "eidas2", "eidas3"})
    void eidas1OrHigherIsAccepted(String acr) {
        tamper(claims -> claims.claim("acr", acr));

        assertThat(client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { }).acr()).isEqualTo(acr);
    }

    @Test
    void subjectOfAnotherProfessionalThanTheUserinfoIsRefused() {
        tamper(claims -> claims.subject("f:550dc1c8-0000-4b1e-ac8c-000000000000:899900000000"));

        refusedWith(PscError.PSC_0015);
    }

    private void tamper(UnaryOperator<JWTClaimsSet.Builder> change) {
        provider.idTokenTamper = change;
    }

    private void refusedWith(PscError expected) {
        failsWith(() -> client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { }), expected);
        assertThat(client.currentSession()).isEmpty();
        assertThat(client.currentAccessToken()).isEmpty();
    }
}
