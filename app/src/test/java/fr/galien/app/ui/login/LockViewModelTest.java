package fr.galien.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeSessionService;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.app.ui.session.UserSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockViewModelTest {

    private final FakeSessionService sessions = new FakeSessionService();
    private final ManualTaskExecutor tasks = new ManualTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<UserSession> unlocked = new ArrayList<>();

    private LockViewModel lockOf(UserSession user) {
        LockViewModel lock = new LockViewModel(user, sessions, tasks, dialogs, Runnable::run);
        lock.setOnUnlocked(unlocked::add);
        return lock;
    }

    @Test
    void theLockScreenNamesTheUserAndNothingElse() {
        LockViewModel lock = lockOf(FakeSessionService.localUser("prep"));

        assertThat(lock.title()).isEqualTo("Poste verrouillé — Compte prep");
    }

    @Test
    void aLocalAccountUnlocksWithItsPassword() {
        LockViewModel lock = lockOf(FakeSessionService.localUser("prep"));
        lock.passwordProperty().set("secret-prep");
        lock.unlock();
        tasks.completeAll();

        assertThat(unlocked).hasSize(1);
        assertThat(lock.passwordProperty().get()).isEmpty();
    }

    @Test
    void aWrongPasswordKeepsTheScreenLocked() {
        LockViewModel lock = lockOf(FakeSessionService.localUser("prep"));
        lock.passwordProperty().set("faux");
        lock.unlock();
        tasks.completeAll();

        assertThat(unlocked).isEmpty();
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void aProfessionalUnlocksWithCibaAgain() {
        LockViewModel lock = lockOf(FakeSessionService.pscUser("899900000001", "Claire",
                FakeSessionService.OFFICINE));
        assertThat(lock.unlocksWithPsc()).isTrue();
        lock.unlock();
        tasks.completeAll();

        assertThat(unlocked).hasSize(1);
        assertThat(sessions.calls).contains("UNLOCK:psc:899900000001");
    }

    @Test
    void anotherProfessionalApprovingOnThePhoneDoesNotUnlock() {
        sessions.approvingNationalId = "899900000002";
        LockViewModel lock = lockOf(FakeSessionService.pscUser("899900000001", "Claire",
                FakeSessionService.OFFICINE));
        lock.unlock();
        tasks.completeAll();

        assertThat(unlocked).isEmpty();
        assertThat(dialogs.errors).hasSize(1);
    }
}
