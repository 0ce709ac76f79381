package fr.galien.psc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import fr.galien.core.port.ProSanteConnectPort.SessionState;
import fr.galien.psc.ProSanteConnectClient;
import fr.galien.psc.PscSettings;
import fr.galien.sandbox.psc.PscSimulator;
import fr.galien.sandbox.psc.TestProfessionals;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client (psc-auth) against the real simulator (sandbox), over loopback HTTP: the two were written from
 * the PSC specification separately, so this is where a wire mismatch shows.
 */
class ClientAgainstSimulatorTest {

    private PscSimulator simulator;
    private ProSanteConnectClient client;

    @BeforeEach
    void start() throws Exception {
        simulator = new PscSimulator(fr.galien.sandbox.psc.PscSettings.defaults()
                .withApprovalDelay(Duration.ofMillis(300)));
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = new ProSanteConnectClient(PscSettings.forIssuer(simulator.issuer(),
                PscSimulator.DEMO_CLIENT_ID, PscSimulator.DEMO_CLIENT_SECRET), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        client.logout();
        simulator.stop();
    }

    @Test
    void pharmacistLogsInWithCibaAndGetsAnAccessToken() {
        List<String> progress = new ArrayList<>();

        PscSession session = client.authenticateWithCiba(TestProfessionals.PHARMACIEN_TITULAIRE.nationalId(),
                progress::add);

        assertThat(session.professional().nationalId()).isEqualTo("899900000001");
        assertThat(session.exercise()).get().extracting(exercise -> exercise.professionCode()).isEqualTo("21");
        assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
        assertThat(client.currentAccessToken()).isPresent();
        assertThat(progress).isNotEmpty();
    }

    @Test
    void browserFlowWithPkceComesBackThroughTheLoopbackListener() {
        simulator.modes().setBrowserAutoLogin(TestProfessionals.MEDECIN_GENERALISTE.nationalId());

        PscSession session = client.authenticateWithBrowser(ClientAgainstSimulatorTest::follow,
                message -> { });

        assertThat(session.professional().nationalId()).isEqualTo("899900000003");
    }

    @Test
    void professionalWithTwoExercisesMustChoose() {
        PscSession session = client.authenticateWithCiba(TestProfessionals.DEUX_EXERCICES.nationalId(),
                message -> { });

        assertThat(session.needsExerciseChoice()).isTrue();
        PscSession chosen = client.chooseExercise(session.professional().exercises().get(1));
        assertThat(chosen.exercise()).isPresent();
    }

    @Test
    void blockedECpsIsRefusedWithoutSession() {
        assertThatThrownBy(() -> client.authenticateWithCiba(TestProfessionals.ECPS_BLOQUEE.nationalId(),
                message -> { }))
                .isInstanceOf(SegurException.class)
                .hasMessageStartingWith("PSC-0009");
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void tokensSignedWithAnUnknownKeyAreRefused() {
        simulator.modes().setWrongSigningKey(true);
        assertThatThrownBy(() -> client.authenticateWithCiba(TestProfessionals.INFIRMIER.nationalId(),
                message -> { }))
                .isInstanceOf(SegurException.class)
                .hasMessageStartingWith("PSC-0003");
        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void providerDownIsAClearRefusal() {
        simulator.modes().setProviderDown(true);
        assertThatThrownBy(() -> client.authenticateWithCiba(TestProfessionals.SAGE_FEMME.nationalId(),
                message -> { }))
                .isInstanceOf(SegurException.class)
                .hasMessageStartingWith("PSC-0001");
    }

    @Test
    void logoutEndsTheSessionAtTheProvider() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIEN_ADJOINT.nationalId(), message -> { });
        client.logout();
        assertThat(client.currentSession()).isEmpty();
        assertThat(client.currentAccessToken()).isEmpty();
    }

    /** Plays the browser: GET the authorize URL, then GET the loopback redirect it answers with. */
    private static void follow(URI authorizationRequest) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(authorizationRequest).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElseThrow();
            http.sendAsync(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
