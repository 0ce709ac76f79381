package fr.galien.psc;

import static fr.galien.psc.PscAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import fr.galien.core.port.ProSanteConnectPort.SessionState;
import fr.galien.core.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refresh before expiry (PSC access tokens live 60 s, specs §5.4), re-authentication, exercises, logout. */
class SessionTest {

    private TestPscProvider provider;
    private MutableClock clock;
    private ProSanteConnectClient client;

    @BeforeEach
    void start() {
        provider = new TestPscProvider();
        clock = new MutableClock(Instant.now());
        client = provider.target().client(clock, new RecordingSleeper());
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void freshTokenIsReusedWithoutCallingPsc() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        AccessToken first = client.currentAccessToken().orElseThrow();
        clock.advance(Duration.ofSeconds(30));

        assertThat(client.currentAccessToken()).contains(first);
        assertThat(provider.refreshCount).hasValue(0);
    }

    @Test
    void tokenIsRefreshedWithinTheMarginBeforeExpiry() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        AccessToken first = client.currentAccessToken().orElseThrow();
        clock.advance(Duration.ofSeconds(50)); // 60 s token, 15 s margin

        AccessToken renewed = client.currentAccessToken().orElseThrow();

        assertThat(renewed.value()).isNotEqualTo(first.value());
        assertThat(renewed.expiresAt()).isAfter(first.expiresAt());
        assertThat(renewed.nationalId()).isEqualTo(TestProfessionals.PHARMACIST_ID);
        assertThat(provider.refreshCount).hasValue(1);
        assertThat(client.currentSession().orElseThrow().state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void refusedRefreshAsksToReauthenticateAndKeepsTheProfessional() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        provider.refuseRefresh = true;
        clock.advance(Duration.ofSeconds(50));

        assertThat(client.currentAccessToken()).isEmpty();
        PscSession session = client.currentSession().orElseThrow();
        assertThat(session.state()).isEqualTo(SessionState.REAUTHENTICATION_REQUIRED);
        assertThat(session.professional().nationalId()).isEqualTo(TestProfessionals.PHARMACIST_ID);
    }

    @Test
    void noTokenIsHandedOutOnceReauthenticationIsRequired() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        provider.refuseRefresh = true;
        clock.advance(Duration.ofSeconds(50));
        client.currentAccessToken();
        provider.refuseRefresh = false;

        assertThat(client.currentAccessToken()).isEmpty();
        assertThat(provider.refreshCount).hasValue(1);
    }

    @Test
    void reauthenticatingRestoresAnActiveSession() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        provider.refuseRefresh = true;
        clock.advance(Duration.ofSeconds(50));
        client.currentAccessToken();
        provider.refuseRefresh = false;

        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });

        assertThat(client.currentAccessToken()).isPresent();
    }

    @Test
    void providerDownDuringRefreshKeepsTheStillValidToken() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        AccessToken first = client.currentAccessToken().orElseThrow();
        provider.close();
        clock.advance(Duration.ofSeconds(50));

        assertThat(client.currentAccessToken()).contains(first);
        assertThat(client.currentSession().orElseThrow().state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void providerDownAfterExpiryGivesNoTokenButKeepsTheSession() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        provider.close();
        clock.advance(Duration.ofSeconds(61));

        assertThat(client.currentAccessToken()).isEmpty();
        assertThat(client.currentSession()).isPresent();
    }

    @Test
    void expiredRefreshTokenAsksToReauthenticateWithoutCallingPsc() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        clock.advance(Duration.ofMinutes(31)); // refresh_expires_in 1800 s

        assertThat(client.currentAccessToken()).isEmpty();
        assertThat(client.currentSession().orElseThrow().state()).isEqualTo(SessionState.REAUTHENTICATION_REQUIRED);
        assertThat(provider.refreshCount).hasValue(0);
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        clock.advance(Duration.ofSeconds(50));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<AccessToken>>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(client::currentAccessToken));
            }
            for (Future<Optional<AccessToken>> call : calls) {
                assertThat(call.get()).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(provider.refreshCount).hasValue(1);
    }

    @Test
    void professionalWithOneExerciseWorksUnderItAtOnce() {
        PscSession session = client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });

        assertThat(session.needsExerciseChoice()).isFalse();
        Exercise exercise = session.exercise().orElseThrow();
        assertThat(exercise.professionLabel()).isEqualTo("Pharmacien");
        assertThat(exercise.pharmacistSectionCode()).isEqualTo("A");
        assertThat(exercise.activitySectorCode()).isEqualTo("SA33");
        assertThat(exercise.finess()).isEqualTo("0B0000011");
    }

    @Test
    void professionalWithTwoExercisesChoosesOne() {
        PscSession session = client.authenticateWithCiba(TestProfessionals.DOCTOR_TWO_EXERCISES_ID, message -> { });
        assertThat(session.needsExerciseChoice()).isTrue();
        Exercise hospital = session.professional().exercises().get(1);

        PscSession chosen = client.chooseExercise(hospital);

        assertThat(chosen.exercise()).contains(hospital);
        assertThat(chosen.needsExerciseChoice()).isFalse();
        assertThat(client.currentSession().orElseThrow().exercise()).contains(hospital);
    }

    @Test
    void anExerciseTheProfessionalDoesNotHaveIsRefused() {
        client.authenticateWithCiba(TestProfessionals.DOCTOR_TWO_EXERCISES_ID, message -> { });
        Exercise foreign = new Exercise("21", "Pharmacien", "A", "", "SA33", "F0", "AUTRE", "0B0");

        failsWith(() -> client.chooseExercise(foreign), PscError.PSC_0016);
    }

    @Test
    void choosingWithoutSessionIsRefused() {
        Exercise any = new Exercise("21", "Pharmacien", "A", "", "SA33", "F0", "AUTRE", "0B0");

        failsWith(() -> client.chooseExercise(any), PscError.PSC_0016);
    }

    @Test
    void logoutEndsTheSessionAtPscWithTheIdTokenHintAndLocally() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });

        client.logout();

        assertThat(client.currentSession()).isEmpty();
        assertThat(client.currentAccessToken()).isEmpty();
        assertThat(provider.logouts).hasSize(1);
        assertThat(provider.logouts.get(0).get("id_token_hint"))
                .containsExactly(provider.lastIdTokenFor(TestProfessionals.PHARMACIST_ID));
    }

    @Test
    void logoutNeverFailsWhenPscIsDown() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        provider.close();

        client.logout();

        assertThat(client.currentSession()).isEmpty();
    }

    @Test
    void logoutWithoutSessionDoesNothing() {
        client.logout();

        assertThat(provider.logouts).isEmpty();
    }

    @Test
    void aNewLoginEndsThePreviousProfessionalsSession() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        provider.scriptCiba("access_denied");

        failsWith(() -> client.authenticateWithCiba(TestProfessionals.DOCTOR_TWO_EXERCISES_ID, message -> { }),
                PscError.PSC_0009);

        assertThat(client.currentSession()).isEmpty();
        assertThat(provider.logouts).hasSize(1);
    }

    @Test
    void accessTokenNeverPrintsItsValue() {
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        AccessToken token = client.currentAccessToken().orElseThrow();

        assertThat(token.toString()).doesNotContain(token.value()).contains(TestProfessionals.PHARMACIST_ID);
    }
}
