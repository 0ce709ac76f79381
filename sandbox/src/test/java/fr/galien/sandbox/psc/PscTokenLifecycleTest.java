package fr.galien.sandbox.psc;

import fr.galien.sandbox.MutableClock;
import static fr.galien.sandbox.psc.PscWire.error;
import static fr.galien.sandbox.psc.PscWire.form;
import static fr.galien.sandbox.psc.PscWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refresh rotation, userinfo, introspection and logout, on a clock the test moves. */
class PscTokenLifecycleTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-03-01T09:00:00Z"));
    private static PscSimulator simulator;
    private static PscWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = PscWire.started(PscSettings.defaults().withClock(CLOCK)
                .withRefreshTokenLifetime(Duration.ofMinutes(30)));
        wire = new PscWire(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void refreshRotatesTheRefreshTokenAndTheOldOneStopsWorking() throws Exception {
        JsonNode first = wire.codeFlowTokens(TestProfessionals.MEDECIN_GENERALISTE.nationalId());
        String oldRefresh = first.get("refresh_token").asText();

        HttpResponse<String> refreshed = refresh(oldRefresh);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode second = json(refreshed);
        assertThat(second.get("refresh_token").asText()).isNotEqualTo(oldRefresh);
        assertThat(second.get("access_token").asText()).isNotEqualTo(first.get("access_token").asText());
        assertThat(wire.verified(second.get("id_token").asText()).getClaim("sid"))
                .isEqualTo(first.get("session_state").asText());

        assertThat(error(refresh(oldRefresh))).isEqualTo("invalid_grant");
        assertThat(refresh(second.get("refresh_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void refreshTokenExpiresAfterItsLifetime() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TestProfessionals.MEDECIN_GENERALISTE.nationalId());
        assertThat(tokens.get("refresh_expires_in").asLong()).isEqualTo(1800);

        CLOCK.advance(Duration.ofMinutes(31));
        HttpResponse<String> response = refresh(tokens.get("refresh_token").asText());

        assertThat(error(response)).isEqualTo("invalid_grant");
        assertThat(json(response).get("error_description").asText()).contains("expiré");
    }

    @Test
    void userinfoOfTheTwoExerciseProfessionalHasPscShapes() throws Exception {
        TestProfessional helene = TestProfessionals.DEUX_EXERCICES;
        JsonNode tokens = wire.codeFlowTokens(helene.nationalId());

        HttpResponse<String> response = wire.get(wire.oidc("userinfo"),
                "Bearer " + tokens.get("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode info = json(response);
        assertThat(info.get("sub").asText()).isEqualTo(helene.subject());
        assertThat(info.get("SubjectNameID").asText()).isEqualTo(helene.nationalId());
        assertThat(info.get("preferred_username").asText()).isEqualTo(helene.nationalId());
        assertThat(info.get("given_name").asText()).isEqualTo("HELENE");
        assertThat(info.get("family_name").asText()).isEqualTo("DOUBLETEST");
        assertThat(info.get("authMode").asText()).isEqualTo("MOBILE");
        assertThat(info.get("Secteur_Activite").asText()).isEqualTo("SA07^1.2.250.1.71.4.2.4");
        assertThat(info.get("SubjectRole")).hasSize(2);
        assertThat(info.get("otherIds").get(0).get("origine").asText()).isEqualTo("RPPS");
        JsonNode refPro = info.get("SubjectRefPro");
        assertThat(refPro.get("codeCivilite").asText()).isEqualTo("MME");
        JsonNode exercices = refPro.get("exercices");
        assertThat(exercices).hasSize(2);
        assertThat(exercices.get(0).get("codeProfession").asText()).isEqualTo("10");
        assertThat(exercices.get(0).get("codeSavoirFaire").asText()).isEqualTo("SM54");
        assertThat(exercices.get(0).get("activities").get(0).get("codeModeExercice").asText()).isEqualTo("L");
        JsonNode hospital = exercices.get(1).get("activities").get(0);
        assertThat(exercices.get(1).get("codeProfession").asText()).isEqualTo("21");
        assertThat(hospital.get("codeModeExercice").asText()).isEqualTo("S");
        assertThat(hospital.get("codeSectionPharmacien").asText()).isEqualTo("H");
        assertThat(hospital.get("numeroFinessSite").asText()).isNotBlank();
        assertThat(hospital.get("identifiantTechniqueDeLaStructure").asText()).startsWith("F");
        assertThat(hospital.has("raisonSocialeSite")).isTrue();
        assertThat(hospital.has("codePostal")).isTrue();
    }

    @Test
    void userinfoOfTheTitulaireCarriesTheOfficineFiness() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TestProfessionals.PHARMACIEN_TITULAIRE.nationalId());

        JsonNode info = json(wire.get(wire.oidc("userinfo"), "Bearer " + tokens.get("access_token").asText()));

        JsonNode exercise = info.get("SubjectRefPro").get("exercices").get(0);
        JsonNode officine = exercise.get("activities").get(0);
        assertThat(exercise.get("codeProfession").asText()).isEqualTo("21");
        assertThat(officine.get("codeSectionPharmacien").asText()).isEqualTo("A");
        assertThat(officine.get("codeSecteurDactivite").asText()).isEqualTo("SA33");
        assertThat(officine.get("numeroFinessSite").asText()).matches("\\d{9}");
    }

    @Test
    void userinfoRefusesAForgedTokenWithInvalidTokenChallenge() throws Exception {
        HttpResponse<String> response = wire.get(wire.oidc("userinfo"), "Bearer eyJhbGciOiJub25lIn0.e30.");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer ").contains("error=\"invalid_token\"");
        assertThat(json(response).get("error_description").asText()).contains("invalide");
    }

    @Test
    void userinfoRefusesAnExpiredAccessToken() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TestProfessionals.SAGE_FEMME.nationalId());

        CLOCK.advance(Duration.ofSeconds(61));
        HttpResponse<String> response = wire.get(wire.oidc("userinfo"),
                "Bearer " + tokens.get("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    @Test
    void introspectionSaysActiveWithPscClaimsThenInactiveAfterExpiry() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TestProfessionals.INFIRMIER.nationalId());
        String access = tokens.get("access_token").asText();

        JsonNode active = json(wire.post(wire.oidc("token/introspect"), form("token", access)));
        assertThat(active.get("active").asBoolean()).isTrue();
        assertThat(active.get("SubjectNameID").asText()).isEqualTo(TestProfessionals.INFIRMIER.nationalId());
        assertThat(active.get("client_id").asText()).isEqualTo(PscSimulator.DEMO_CLIENT_ID);
        assertThat(active.get("username").asText()).isEqualTo(TestProfessionals.INFIRMIER.nationalId());

        CLOCK.advance(Duration.ofSeconds(61));
        JsonNode inactive = json(wire.post(wire.oidc("token/introspect"), form("token", access)));
        assertThat(inactive.get("active").asBoolean()).isFalse();
        assertThat(inactive.size()).isEqualTo(1);
    }

    @Test
    void introspectionKnowsRefreshTokens() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TestProfessionals.INFIRMIER.nationalId());

        JsonNode active = json(wire.post(wire.oidc("token/introspect"),
                form("token", tokens.get("refresh_token").asText())));

        assertThat(active.get("active").asBoolean()).isTrue();
        assertThat(active.get("typ").asText()).isEqualTo("Refresh");
    }

    @Test
    void introspectionRequiresClientAuthentication() throws Exception {
        HttpResponse<String> response = wire.post(wire.oidc("token/introspect"), form("token", "x"), null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void backchannelLogoutRevokesRefreshTokensAndAccessTokens() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TestProfessionals.MEDECIN_SPECIALISTE.nationalId());

        HttpResponse<String> logout = wire.post(wire.oidc("logout"),
                form("refresh_token", tokens.get("refresh_token").asText()));

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(error(refresh(tokens.get("refresh_token").asText()))).isEqualTo("invalid_grant");
        assertThat(wire.get(wire.oidc("userinfo"), "Bearer " + tokens.get("access_token").asText()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void rpInitiatedLogoutEndsTheSessionAndRedirectsWithState() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TestProfessionals.MEDECIN_SPECIALISTE.nationalId());

        HttpResponse<String> logout = wire.get(URI.create(wire.oidc("logout") + "?" + PscWire.encode(form(
                "id_token_hint", tokens.get("id_token").asText(),
                "post_logout_redirect_uri", "http://127.0.0.1:43117/au-revoir", "state", "etat-fin"))));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow())
                .isEqualTo("http://127.0.0.1:43117/au-revoir?state=etat-fin");
        assertThat(error(refresh(tokens.get("refresh_token").asText()))).isEqualTo("invalid_grant");
    }

    @Test
    void logoutWithAForeignIdTokenIsRefused() throws Exception {
        HttpResponse<String> logout = wire.get(URI.create(wire.oidc("logout") + "?id_token_hint=abc.def.ghi"));

        assertThat(logout.statusCode()).isEqualTo(400);
        assertThat(error(logout)).isEqualTo("invalid_request");
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return wire.post(wire.oidc("token"), form("grant_type", "refresh_token", "refresh_token", refreshToken));
    }
}
