package fr.galien.sandbox.psc;

import static fr.galien.sandbox.psc.PscWire.error;
import static fr.galien.sandbox.psc.PscWire.form;
import static fr.galien.sandbox.psc.PscWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PscCodeFlowTest {

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
    void codeWithPkceGivesSignedPscTokens() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Map<String, String> redirect = wire.authorizeAs(TITULAIRE, verifier, "nonce-123", "etat-abc");

        assertThat(redirect.get("state")).isEqualTo("etat-abc");
        assertThat(redirect.get("iss")).isEqualTo(simulator.issuer().toString());
        JsonNode tokens = json(wire.exchangeCode(redirect.get("code"), verifier));
        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(60);
        assertThat(tokens.get("refresh_token").asText()).isNotBlank();

        JWTClaimsSet id = wire.verified(tokens.get("id_token").asText());
        assertThat(id.getIssuer()).isEqualTo(simulator.issuer().toString());
        assertThat(id.getAudience()).containsExactly(PscSimulator.DEMO_CLIENT_ID);
        assertThat(id.getSubject()).matches("f:[0-9a-f-]{36}:" + TITULAIRE);
        assertThat(id.getClaim("nonce")).isEqualTo("nonce-123");
        assertThat(id.getClaim("acr")).isEqualTo("eidas3");
        assertThat(id.getClaim("azp")).isEqualTo(PscSimulator.DEMO_CLIENT_ID);
        assertThat(id.getClaim("SubjectNameID")).isEqualTo(TITULAIRE);
        assertThat(id.getClaim("sid")).isEqualTo(tokens.get("session_state").asText());
        assertThat(id.getClaim("auth_time")).isNotNull();
    }

    @Test
    void accessTokenIsAPscLikeJwtLivingSixtySeconds() throws Exception {
        JsonNode tokens = wire.codeFlowTokens(TITULAIRE);

        JWTClaimsSet access = wire.verified(tokens.get("access_token").asText());
        assertThat(access.getClaim("typ")).isEqualTo("Bearer");
        assertThat(access.getClaim("preferred_username")).isEqualTo(TITULAIRE);
        assertThat(access.getClaim("SubjectNameID")).isEqualTo(TITULAIRE);
        assertThat(access.getClaim("scope")).isEqualTo("openid scope_all");
        assertThat(access.getClaim("acr")).isEqualTo("eidas3");
        assertThat(access.getJWTID()).isNotBlank();
        assertThat(access.getExpirationTime().getTime() - access.getIssueTime().getTime()).isEqualTo(60_000);
    }

    @Test
    void wrongPkceVerifierIsRefused() throws Exception {
        Map<String, String> redirect = wire.authorizeAs(TITULAIRE, new CodeVerifier(), "n", "s");

        HttpResponse<String> response = wire.exchangeCode(redirect.get("code"), new CodeVerifier());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("invalid_grant");
        assertThat(json(response).get("error_description").asText()).contains("PKCE");
    }

    @Test
    void codeWorksOnceAndItsReuseRevokesTheSession() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String code = wire.authorizeAs(TITULAIRE, verifier, "n", "s").get("code");
        JsonNode first = json(wire.exchangeCode(code, verifier));

        HttpResponse<String> second = wire.exchangeCode(code, verifier);

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(error(second)).isEqualTo("invalid_grant");
        HttpResponse<String> refresh = wire.post(wire.oidc("token"),
                form("grant_type", "refresh_token", "refresh_token", first.get("refresh_token").asText()));
        assertThat(error(refresh)).isEqualTo("invalid_grant");
    }

    @Test
    void redirectUriMustMatchTheAuthorizationRequest() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String code = wire.authorizeAs(TITULAIRE, verifier, "n", "s").get("code");

        HttpResponse<String> response = wire.post(wire.oidc("token"), form("grant_type", "authorization_code",
                "code", code, "redirect_uri", "http://127.0.0.1:9/autre", "code_verifier", verifier.getValue()));

        assertThat(error(response)).isEqualTo("invalid_grant");
    }

    @Test
    void missingCodeChallengeIsSentBackAsInvalidRequest() throws Exception {
        Map<String, String> query = wire.authorizeQuery(new CodeVerifier(), "n", "etat-x");
        query.remove("code_challenge");
        query.put("login_hint", TITULAIRE);
        query.put("auto", "1");

        Map<String, String> redirect = PscWire.redirectParams(wire.authorize(query));

        assertThat(redirect.get("error")).isEqualTo("invalid_request");
        assertThat(redirect.get("error_description")).contains("PKCE obligatoire");
        assertThat(redirect.get("state")).isEqualTo("etat-x");
    }

    @Test
    void plainPkceMethodIsRefused() throws Exception {
        Map<String, String> query = wire.authorizeQuery(new CodeVerifier(), "n", "s");
        query.put("code_challenge_method", "plain");

        assertThat(PscWire.redirectParams(wire.authorize(query)).get("error")).isEqualTo("invalid_request");
    }

    @Test
    void scopeWithoutOpenidIsRefused() throws Exception {
        Map<String, String> query = wire.authorizeQuery(new CodeVerifier(), "n", "s");
        query.put("scope", "scope_all");

        assertThat(PscWire.redirectParams(wire.authorize(query)).get("error")).isEqualTo("invalid_scope");
    }

    @Test
    void unknownAcrIsRefused() throws Exception {
        Map<String, String> query = wire.authorizeQuery(new CodeVerifier(), "n", "s");
        query.put("acr_values", "eidas9");

        assertThat(PscWire.redirectParams(wire.authorize(query)).get("error")).isEqualTo("invalid_request");
    }

    @Test
    void nonLoopbackRedirectGetsAPageNeverARedirect() throws Exception {
        Map<String, String> query = wire.authorizeQuery(new CodeVerifier(), "n", "s");
        query.put("redirect_uri", "https://attaquant.example/cb");

        HttpResponse<String> response = wire.authorize(query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("Adresse de retour refusée");
    }

    @Test
    void unknownClientGetsAPage() throws Exception {
        Map<String, String> query = wire.authorizeQuery(new CodeVerifier(), "n", "s");
        query.put("client_id", "inconnu");

        HttpResponse<String> response = wire.authorize(query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Application cliente inconnue");
    }

    @Test
    void loginPageListsTheTestProfessionalsInFrenchWithTheHintPreselected() throws Exception {
        Map<String, String> query = wire.authorizeQuery(new CodeVerifier(), "n", "s");
        query.put("login_hint", TITULAIRE);

        HttpResponse<String> page = wire.authorize(query);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fr\">", "Connexion avec Pro Santé Connect");
        for (TestProfessional professional : TestProfessionals.all()) {
            assertThat(page.body()).contains("id=\"ps-" + professional.nationalId() + "\"");
        }
        assertThat(page.body()).contains("class=\"choisi\"><a id=\"ps-" + TITULAIRE + "\"");
    }

    @Test
    void browserAutoLoginModeRedirectsWithoutThePage() throws Exception {
        simulator.modes().setBrowserAutoLogin(TestProfessionals.INFIRMIER.nationalId());
        CodeVerifier verifier = new CodeVerifier();

        HttpResponse<String> response = wire.authorize(wire.authorizeQuery(verifier, "n", "s"));

        String code = PscWire.redirectParams(response).get("code");
        JsonNode tokens = json(wire.exchangeCode(code, verifier));
        assertThat(wire.verified(tokens.get("id_token").asText()).getClaim("SubjectNameID"))
                .isEqualTo(TestProfessionals.INFIRMIER.nationalId());
    }

    @Test
    void blockedEcpsIsAccessDeniedWithAFrenchDescription() throws Exception {
        Map<String, String> redirect = wire.authorizeAs(TestProfessionals.ECPS_BLOQUEE.nationalId(),
                new CodeVerifier(), "n", "etat-b");

        assertThat(redirect.get("error")).isEqualTo("access_denied");
        assertThat(redirect.get("error_description")).contains("e-CPS", "bloquée");
        assertThat(redirect.get("state")).isEqualTo("etat-b");
        assertThat(redirect).doesNotContainKey("code");
    }

    @Test
    void deniedProfessionalIsAccessDeniedInTheBrowserFlowToo() throws Exception {
        simulator.modes().deny(TITULAIRE);

        Map<String, String> redirect = wire.authorizeAs(TITULAIRE, new CodeVerifier(), "n", "s");

        assertThat(redirect.get("error")).isEqualTo("access_denied");
        assertThat(redirect.get("error_description")).contains("refusé");
    }

    @Test
    void clientSecretPostIsAccepted() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String code = wire.authorizeAs(TITULAIRE, verifier, "n", "s").get("code");

        HttpResponse<String> response = wire.post(wire.oidc("token"), form("grant_type", "authorization_code",
                "code", code, "redirect_uri", PscWire.REDIRECT, "code_verifier", verifier.getValue(),
                "client_id", PscSimulator.DEMO_CLIENT_ID, "client_secret", PscSimulator.DEMO_CLIENT_SECRET), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void wrongClientSecretIs401WithAChallenge() throws Exception {
        HttpResponse<String> response = wire.post(wire.oidc("token"),
                form("grant_type", "refresh_token", "refresh_token", "x"),
                PscWire.basic(PscSimulator.DEMO_CLIENT_ID, "mauvais"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).isEqualTo("invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic realm=");
        assertThat(json(response).get("error_description").asText()).isEqualTo("Client inconnu ou secret incorrect.");
    }

    @Test
    void codeOfAnotherClientIsRefused() throws Exception {
        simulator.clients().register("autre-client", "autre-secret");
        CodeVerifier verifier = new CodeVerifier();
        String code = wire.authorizeAs(TITULAIRE, verifier, "n", "s").get("code");

        HttpResponse<String> response = wire.post(wire.oidc("token"), form("grant_type", "authorization_code",
                "code", code, "redirect_uri", PscWire.REDIRECT, "code_verifier", verifier.getValue()),
                PscWire.basic("autre-client", "autre-secret"));

        assertThat(error(response)).isEqualTo("invalid_grant");
    }

    @Test
    void unsupportedGrantTypeIsNamed() throws Exception {
        HttpResponse<String> response = wire.post(wire.oidc("token"), form("grant_type", "password"));

        assertThat(error(response)).isEqualTo("unsupported_grant_type");
    }
}
