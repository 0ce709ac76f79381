package fr.galien.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeSessionService;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.app.ui.session.PscState;
import org.junit.jupiter.api.Test;

class SessionBarViewModelTest {

    private final FakeSessionService sessions = new FakeSessionService();
    private final ManualTaskExecutor tasks = new ManualTaskExecutor();

    private SessionBarViewModel barOf(fr.galien.app.ui.session.UserSession user) {
        return new SessionBarViewModel(user, sessions, tasks, new FakeDialogService(), Runnable::run);
    }

    @Test
    void aProfessionalSeesNameExerciseRppsAndTokenState() {
        SessionBarViewModel bar = barOf(FakeSessionService.pscUser("899900000001", "Claire Titulairetest",
                FakeSessionService.OFFICINE));

        assertThat(bar.userText()).isEqualTo("Connecté : Claire Titulairetest");
        assertThat(bar.professionText()).isEqualTo("Pharmacien — Pharmacie des Essais");
        assertThat(bar.nationalIdText()).isEqualTo("RPPS 899900000001");
        assertThat(SessionBarViewModel.pscStateText(bar.pscStateProperty().get())).isEqualTo("Session PSC active");
        assertThat(bar.bannerVisible()).isFalse();
    }

    @Test
    void aLocalAccountHasNoRppsNorTokenState() {
        SessionBarViewModel bar = barOf(FakeSessionService.localUser("prep"));

        assertThat(bar.nationalIdText()).isEmpty();
        assertThat(bar.pscStateProperty().get()).isEqualTo(PscState.NONE);
    }

    @Test
    void anExpiredSessionShowsTheBannerAndCibaAgainClearsIt() {
        SessionBarViewModel bar = barOf(FakeSessionService.pscUser("899900000001", "Claire",
                FakeSessionService.OFFICINE));
        sessions.pscState = PscState.REAUTHENTICATION_REQUIRED;
        bar.refresh();
        assertThat(bar.bannerVisible()).isTrue();
        assertThat(SessionBarViewModel.pscStateText(bar.pscStateProperty().get()))
                .isEqualTo("Reconnexion nécessaire");

        bar.reauthenticate();
        tasks.completeAll();

        assertThat(bar.bannerVisible()).isFalse();
        assertThat(sessions.calls).contains("UNLOCK:psc:899900000001");
    }
}
