package fr.galien.sandbox.psc;

import fr.galien.sandbox.MutableClock;
import static fr.galien.sandbox.psc.PscWire.error;
import static fr.galien.sandbox.psc.PscWire.form;
import static fr.galien.sandbox.psc.PscWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CIBA poll mode (CIBA Core §7, §10, §11) on a clock the test moves: no sleeping, no timing assertion. */
class PscCibaTest {

    private static final String ADJOINT = TestProfessionals.PHARMACIEN_ADJOINT.nationalId();
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Duration STEP = Duration.ofSeconds(2);

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-01-15T08:00:00Z"));
    private static PscSimulator simulator;
    private static PscWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = PscWire.started(PscSettings.defaults().withClock(CLOCK)
                .withCiba(Duration.ofSeconds(120), INTERVAL, STEP));
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
    void backchannelRequestAnswersAuthReqIdExpiryAndInterval() throws Exception {
        HttpResponse<String> response = wire.cibaStart(ADJOINT);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("auth_req_id").asText()).isNotBlank();
        assertThat(body.get("expires_in").asLong()).isEqualTo(120);
        assertThat(body.get("interval").asLong()).isEqualTo(1);
    }

    @Test
    void pendingUntilTheApprovalDelayThenTokens() throws Exception {
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();

        HttpResponse<String> pending = wire.cibaPoll(id);
        assertThat(pending.statusCode()).isEqualTo(400);
        assertThat(error(pending)).isEqualTo("authorization_pending");

        CLOCK.advance(Duration.ofMillis(1500));
        HttpResponse<String> approved = wire.cibaPoll(id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode tokens = json(approved);
        JWTClaimsSet idToken = wire.verified(tokens.get("id_token").asText());
        assertThat(idToken.getClaim("SubjectNameID")).isEqualTo(ADJOINT);
        assertThat(idToken.getClaim("acr")).isEqualTo("eidas3");
        assertThat(tokens.get("refresh_token").asText()).isNotBlank();
        assertThat(tokens.get("session_state").asText()).isNotBlank();
    }

    @Test
    void authReqIdWorksOnlyOnce() throws Exception {
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();
        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(wire.cibaPoll(id).statusCode()).isEqualTo(200);

        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(error(wire.cibaPoll(id))).isEqualTo("invalid_grant");
    }

    @Test
    void approvalDelayIsSwitchable() throws Exception {
        simulator.modes().setApprovalDelay(Duration.ofSeconds(30));
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();

        CLOCK.advance(Duration.ofSeconds(20));
        assertThat(error(wire.cibaPoll(id))).isEqualTo("authorization_pending");
        CLOCK.advance(Duration.ofSeconds(10));
        assertThat(wire.cibaPoll(id).statusCode()).isEqualTo(200);
    }

    @Test
    void pollingFasterThanTheIntervalIsSlowDownAndTheIntervalGrows() throws Exception {
        simulator.modes().setApprovalDelay(Duration.ofSeconds(60));
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();
        assertThat(error(wire.cibaPoll(id))).isEqualTo("authorization_pending");

        HttpResponse<String> tooFast = wire.cibaPoll(id);
        assertThat(error(tooFast)).isEqualTo("slow_down");
        assertThat(json(tooFast).get("error_description").asText()).contains("3 s");

        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(error(wire.cibaPoll(id))).as("interval is now 1 + 2 s").isEqualTo("slow_down");
        CLOCK.advance(Duration.ofSeconds(5));
        assertThat(error(wire.cibaPoll(id))).isEqualTo("authorization_pending");
    }

    @Test
    void noAnswerBeforeExpiresInIsExpiredToken() throws Exception {
        simulator.modes().setApprovalDelay(Duration.ofMinutes(10));
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();

        CLOCK.advance(Duration.ofSeconds(120));
        HttpResponse<String> expired = wire.cibaPoll(id);

        assertThat(error(expired)).isEqualTo("expired_token");
        assertThat(json(expired).get("error_description").asText()).contains("expiré");
    }

    @Test
    void requestedExpiryShortensTheRequest() throws Exception {
        HttpResponse<String> response = wire.post(wire.oidc("ext/ciba/auth"), form("scope", "openid scope_all",
                "login_hint", ADJOINT, "requested_expiry", "30"));

        assertThat(json(response).get("expires_in").asLong()).isEqualTo(30);
    }

    @Test
    void professionalDeniedByModeGetsAccessDenied() throws Exception {
        simulator.modes().deny(ADJOINT);
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();

        CLOCK.advance(Duration.ofSeconds(2));
        HttpResponse<String> denied = wire.cibaPoll(id);

        assertThat(error(denied)).isEqualTo("access_denied");
        assertThat(json(denied).get("error_description").asText()).contains("refusé");
    }

    @Test
    void professionalWhoAlwaysRefusesGetsAccessDenied() throws Exception {
        String id = json(wire.cibaStart(TestProfessionals.REFUS_TELEPHONE.nationalId())).get("auth_req_id").asText();

        CLOCK.advance(Duration.ofSeconds(2));

        assertThat(error(wire.cibaPoll(id))).isEqualTo("access_denied");
    }

    @Test
    void blockedEcpsIsAccessDeniedAtOnce() throws Exception {
        String id = json(wire.cibaStart(TestProfessionals.ECPS_BLOQUEE.nationalId())).get("auth_req_id").asText();

        HttpResponse<String> denied = wire.cibaPoll(id);

        assertThat(error(denied)).isEqualTo("access_denied");
        assertThat(json(denied).get("error_description").asText()).contains("bloquée");
    }

    @Test
    void unknownNationalIdIsUnknownUserId() throws Exception {
        HttpResponse<String> response = wire.cibaStart("899999999999");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("unknown_user_id");
        assertThat(json(response).get("error_description").asText()).contains("identifiant national");
    }

    @Test
    void manualAnswerOnThePhoneWhenAutoApproveIsOff() throws Exception {
        simulator.modes().setAutoApprove(false);
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();
        CLOCK.advance(Duration.ofSeconds(10));
        assertThat(error(wire.cibaPoll(id))).isEqualTo("authorization_pending");

        assertThat(simulator.answerOnPhone(ADJOINT, true)).isEqualTo(1);

        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(wire.cibaPoll(id).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherClientCannotPollTheRequest() throws Exception {
        simulator.clients().register("autre-client", "autre-secret");
        String id = json(wire.cibaStart(ADJOINT)).get("auth_req_id").asText();
        CLOCK.advance(Duration.ofSeconds(2));

        HttpResponse<String> response = wire.post(wire.oidc("token"), form("grant_type",
                "urn:openid:params:grant-type:ciba", "auth_req_id", id), PscWire.basic("autre-client", "autre-secret"));

        assertThat(error(response)).isEqualTo("invalid_grant");
    }

    @Test
    void backchannelRequiresClientAuthentication() throws Exception {
        HttpResponse<String> response = wire.post(wire.oidc("ext/ciba/auth"),
                form("scope", "openid scope_all", "login_hint", ADJOINT), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).isEqualTo("invalid_client");
    }

    @Test
    void longBindingMessageIsRefused() throws Exception {
        HttpResponse<String> response = wire.post(wire.oidc("ext/ciba/auth"), form("scope", "openid scope_all",
                "login_hint", ADJOINT, "binding_message", "un message beaucoup trop long pour un écran"));

        assertThat(error(response)).isEqualTo("invalid_binding_message");
    }
}
