package fr.galien.psc;

import static fr.galien.psc.PscAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrowserLoginTest {

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
    void codeFlowThroughTheLoopbackListenerOpensTheSession() {
        FollowingBrowser browser = new FollowingBrowser();

        PscSession session = client.authenticateWithBrowser(browser, message -> { });

        assertThat(session.professional().nationalId()).isEqualTo(TestProfessionals.PHARMACIST_ID);
        assertThat(client.currentSession()).isPresent();
    }

    @Test
    void authorizationRequestUsesPkceS256StateNonceAcrAndPscScopes() {
        FollowingBrowser browser = new FollowingBrowser();

        client.authenticateWithBrowser(browser, message -> { });

        Map<String, List<String>> query = URLUtils.parseParameters(browser.authorizationRequest.getRawQuery());
        assertThat(query.get("code_challenge_method")).containsExactly("S256");
        assertThat(query.get("code_challenge").get(0)).hasSize(43);
        assertThat(query.get("acr_values")).containsExactly("eidas1");
        assertThat(query.get("scope").get(0).split(" ")).containsExactlyInAnyOrder("openid", "scope_all");
        assertThat(query.get("state").get(0)).isNotBlank();
        assertThat(query.get("nonce").get(0)).isNotBlank();
        assertThat(query.get("redirect_uri").get(0)).matches("http://127\\.0\\.0\\.1:\\d+/callback");
    }

    @Test
    void theBrowserTabTellsTheUserToComeBackToGalien() {
        FollowingBrowser browser = new FollowingBrowser();

        client.authenticateWithBrowser(browser, message -> { });

        assertThat(browser.loopbackPage).contains("Vous pouvez revenir à Galien");
    }

    @Test
    void refusalOnThePscPageGivesItsOwnCodeAndNoSession() {
        provider.denyInBrowser = true;

        failsWith(() -> client.authenticateWithBrowser(new FollowingBrowser(), message -> { }), PscError.PSC_0009);
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void redirectWithAnotherStateIsRefused() {
        FollowingBrowser forger = new FollowingBrowser(location -> location.replaceAll("state=[^&]+", "state=forged"));

        failsWith(() -> client.authenticateWithBrowser(forger, message -> { }), PscError.PSC_0013);
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void idTokenWithAnotherNonceIsRefused() {
        provider.idTokenTamper = claims -> claims.claim("nonce", "replayed-nonce");

        failsWith(() -> client.authenticateWithBrowser(new FollowingBrowser(), message -> { }), PscError.PSC_0007);
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void noRedirectWithinTheDelayAbandonsTheLogin() {
        ProSanteConnectClient impatient = new ProSanteConnectClient(
                provider.target().settings().withBrowserTimeout(Duration.ofMillis(200)), Clock.systemUTC());

        failsWith(() -> impatient.authenticateWithBrowser(uri -> { }, message -> { }), PscError.PSC_0012);
        assertThat(impatient.currentSession()).isEmpty();
    }

    @Test
    void aBrowserThatCannotOpenGivesAFrenchMessage() {
        failsWith(() -> client.authenticateWithBrowser(uri -> {
            throw new UnsupportedOperationException("no desktop");
        }, message -> { }), PscError.PSC_0019);
    }

    @Test
    void interruptedWaitCancelsTheLogin() {
        failsWith(() -> client.authenticateWithBrowser(uri -> Thread.currentThread().interrupt(), message -> { }),
                PscError.PSC_0014);
        assertThat(Thread.interrupted()).isTrue();
    }
}
