package fr.galien.psc;

import static fr.galien.psc.PscAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.port.ProSanteConnectPort.PscSession;
import fr.galien.core.port.ProSanteConnectPort.SessionState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CibaLoginTest {

    private TestPscProvider provider;
    private RecordingSleeper sleeper;
    private ProSanteConnectClient client;
    private final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        provider = new TestPscProvider();
        sleeper = new RecordingSleeper();
        client = provider.target().client(Clock.systemUTC(), sleeper);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void approvalAfterPendingPollsOpensTheSession() {
        provider.scriptCiba("authorization_pending", "authorization_pending");

        PscSession session = client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add);

        assertThat(session.professional().nationalId()).isEqualTo(TestProfessionals.PHARMACIST_ID);
        assertThat(session.professional().lastName()).isEqualTo("FICTIVE-OFFICINE");
        assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
        assertThat(session.acr()).isEqualTo("eidas3");
        assertThat(client.currentSession()).contains(session);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void theProfessionalIsAskedToValidateOnTheirPhoneInFrench() {
        provider.scriptCiba("authorization_pending");

        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add);

        assertThat(progress).anyMatch(line -> line.startsWith("Validez la demande sur votre téléphone"));
        assertThat(progress).contains("En attente de votre validation dans l'application e-CPS…",
                "Connecté à Pro Santé Connect.");
    }

    @Test
    void backchannelRequestCarriesTheNationalIdBindingMessageScopeAndAcr() {
        client.authenticateWithCiba(" 8100 0000 0011 ", progress::add);

        var seen = provider.cibaRequestsSeen.get(0);
        assertThat(seen.get("login_hint")).containsExactly(TestProfessionals.PHARMACIST_ID);
        assertThat(seen.get("scope").get(0).split(" ")).containsExactlyInAnyOrder("openid", "scope_all");
        assertThat(seen.get("acr_values")).containsExactly("eidas1");
        assertThat(seen.get("binding_message").get(0)).matches("\\d{2}");
    }

    @Test
    void slowDownAddsFiveSecondsToTheInterval() {
        provider.scriptCiba("slow_down", "authorization_pending");

        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(6), Duration.ofSeconds(6));
        assertThat(progress).contains("Pro Santé Connect demande de patienter : prochaine vérification dans 6 secondes…");
    }

    @Test
    void expiredRequestGivesItsOwnCodeAndNoSession() {
        provider.scriptCiba("authorization_pending", "expired_token");

        failsWith(() -> client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add),
                PscError.PSC_0010);
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void refusalOnThePhoneGivesItsOwnCodeAndNoSession() {
        provider.scriptCiba("access_denied");

        failsWith(() -> client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add),
                PscError.PSC_0009);
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void professionalUnknownToPscGivesItsOwnCode() {
        failsWith(() -> client.authenticateWithCiba("899999999999", progress::add), PscError.PSC_0011);
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void malformedNationalIdIsRefusedBeforeCallingPsc() {
        failsWith(() -> client.authenticateWithCiba("abc", progress::add), PscError.PSC_0018);
        assertThat(provider.cibaStarts).hasValue(0);
    }

    @Test
    void wrongClientSecretPointsAtTheSettings() {
        ProSanteConnectClient misconfigured = new PscTestTarget(provider.issuer(), TestPscProvider.CLIENT_ID,
                "not-the-secret").client(Clock.systemUTC(), sleeper);

        failsWith(() -> misconfigured.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add),
                PscError.PSC_0017);
    }

    @Test
    void interruptingTheWaitCancelsTheLogin() {
        provider.scriptCiba("authorization_pending");
        ProSanteConnectClient cancellable = provider.target().client(Clock.systemUTC(), duration -> {
            throw new InterruptedException("user cancelled");
        });

        failsWith(() -> cancellable.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add),
                PscError.PSC_0014);
        assertThat(Thread.interrupted()).as("interrupt flag restored for the caller").isTrue();
        assertThat(cancellable.currentSession()).isEmpty();
    }

    @Test
    void cibaWithoutClientSecretIsASettingsError() {
        ProSanteConnectClient publicClient = new PscTestTarget(provider.issuer(), TestPscProvider.CLIENT_ID, null)
                .client(Clock.systemUTC(), sleeper);

        failsWith(() -> publicClient.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, progress::add),
                PscError.PSC_0022);
    }
}
