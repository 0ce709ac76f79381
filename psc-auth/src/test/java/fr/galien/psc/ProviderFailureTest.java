package fr.galien.psc;

import static fr.galien.psc.PscAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.error.SegurException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderFailureTest {

    private TestPscProvider provider;

    @BeforeEach
    void start() {
        provider = new TestPscProvider();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void providerDownGivesAFrenchMessageAndNoSession() {
        URI issuer = provider.issuer();
        provider.close();
        ProSanteConnectClient client = new PscTestTarget(issuer, TestPscProvider.CLIENT_ID,
                TestPscProvider.CLIENT_SECRET).client(Clock.systemUTC(), new RecordingSleeper());

        SegurException error = failsWith(
                () -> client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { }), PscError.PSC_0001);

        assertThat(error.userMessage()).startsWith("Pro Santé Connect est injoignable (connexion refusée)");
        assertThat(client.currentSession()).isEmpty();
        assertThat(client.providerStatus().reachability()).isEqualTo(ProviderStatus.Reachability.UNREACHABLE);
    }

    @Test
    void slowProviderIsAbandonedAfterTheReadTimeout() {
        provider.delayMillis = 1_500;
        ProSanteConnectClient client = new ProSanteConnectClient(
                provider.target().settings().withTimeout(Duration.ofMillis(300)), Clock.systemUTC(),
                new RecordingSleeper());

        SegurException error = failsWith(
                () -> client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { }), PscError.PSC_0001);

        assertThat(error.userMessage()).contains("délai de réponse dépassé");
    }

    @Test
    void standardDiscoveryNameIsTheFallback() {
        provider.serveWalletDiscovery = false;
        ProSanteConnectClient client = provider.target().client(Clock.systemUTC(), new RecordingSleeper());

        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });

        assertThat(client.currentSession()).isPresent();
    }

    @Test
    void discoveryPublishingAnotherIssuerIsRefused() {
        provider.publishedIssuer = "https://faux-psc.example/auth/realms/esante-wallet";
        ProSanteConnectClient client = provider.target().client(Clock.systemUTC(), new RecordingSleeper());

        failsWith(() -> client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { }),
                PscError.PSC_0004);
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void missingDiscoveryDocumentIsAnUnreadableAnswer() {
        ProSanteConnectClient client = new PscTestTarget(URI.create(provider.issuer() + "-inconnu"),
                TestPscProvider.CLIENT_ID, TestPscProvider.CLIENT_SECRET).client(Clock.systemUTC(),
                new RecordingSleeper());

        failsWith(() -> client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { }),
                PscError.PSC_0002);
    }
}
