package fr.galien.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeSessionService;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.app.ui.login.WorkstationViewModel.Screen;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.testsupport.MutableClock;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkstationViewModelTest {

    /** Stands for a main window with an open patient form and unsaved edits. */
    static final class Work {
        final String owner;
        String unsavedEdit = "";

        Work(String owner) {
            this.owner = owner;
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final FakeSessionService sessions = new FakeSessionService();
    private final ManualTaskExecutor tasks = new ManualTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final WorkstationViewModel<Work> workstation = new WorkstationViewModel<>(sessions, tasks, dialogs,
            new IdleTimer(clock, Duration.ofMinutes(5)), user -> new Work(user.userId()));
    private final UserSession claire = FakeSessionService.pscUser("899900000001", "Claire Titulairetest",
            FakeSessionService.OFFICINE);
    private final UserSession prep = FakeSessionService.localUser("prep");

    @Test
    void theWorkstationLocksAfterTheIdleDelayAndNotBefore() {
        workstation.signedIn(claire);
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        workstation.tick();
        assertThat(workstation.screen()).isEqualTo(Screen.WORK);

        clock.advance(Duration.ofSeconds(1));
        workstation.tick();
        assertThat(workstation.screen()).isEqualTo(Screen.LOCKED);
        tasks.completeAll();
        assertThat(sessions.calls).containsExactly("LOCK:psc:899900000001");
    }

    @Test
    void activityPostponesTheLock() {
        workstation.signedIn(claire);
        clock.advance(Duration.ofMinutes(4));
        workstation.activity();
        clock.advance(Duration.ofMinutes(4));
        workstation.tick();

        assertThat(workstation.screen()).isEqualTo(Screen.WORK);
    }

    @Test
    void aZeroDelayNeverLocksByItself() {
        WorkstationViewModel<Work> never = new WorkstationViewModel<>(sessions, tasks, dialogs,
                new IdleTimer(clock, Duration.ZERO), user -> new Work(user.userId()));
        never.signedIn(claire);
        clock.advance(Duration.ofHours(3));
        never.tick();

        assertThat(never.screen()).isEqualTo(Screen.WORK);
    }

    @Test
    void lockingHidesTheWork() {
        workstation.signedIn(claire);
        assertThat(workstation.visibleWork()).isPresent();

        workstation.lock();

        assertThat(workstation.screen()).isEqualTo(Screen.LOCKED);
        assertThat(workstation.visibleWork()).isEmpty();
    }

    @Test
    void unlockingByTheSamePersonShowsTheSameWorkAgain() {
        workstation.signedIn(claire);
        Work before = workstation.visibleWork().orElseThrow();
        before.unsavedEdit = "adresse modifiée";
        workstation.lock();

        workstation.unlocked(claire);

        assertThat(workstation.visibleWork()).containsSame(before);
        assertThat(before.unsavedEdit).isEqualTo("adresse modifiée");
    }

    @Test
    void anotherPersonCannotUnlockSomeoneElsesWork() {
        workstation.signedIn(claire);
        workstation.lock();

        workstation.unlocked(prep);

        assertThat(workstation.screen()).isEqualTo(Screen.LOCKED);
        assertThat(workstation.visibleWork()).isEmpty();
    }

    @Test
    void changingUserKeepsThePreviousUsersWorkAndGivesItBackToThem() {
        workstation.signedIn(claire);
        Work claireWork = workstation.visibleWork().orElseThrow();
        claireWork.unsavedEdit = "ordonnance en cours";

        workstation.switchUser();
        assertThat(workstation.screen()).isEqualTo(Screen.LOGIN);
        assertThat(workstation.usersWithKeptWork()).containsExactly("Claire Titulairetest");

        workstation.signedIn(prep);
        assertThat(workstation.visibleWork()).get().satisfies(work -> {
            assertThat(work).isNotSameAs(claireWork);
            assertThat(work.owner).isEqualTo("local:prep");
        });

        workstation.switchUser();
        workstation.signedIn(claire);
        assertThat(workstation.visibleWork()).containsSame(claireWork);
        assertThat(claireWork.unsavedEdit).isEqualTo("ordonnance en cours");
        tasks.completeAll();
        assertThat(sessions.calls).containsExactly("LOCK:psc:899900000001", "LOCK:local:prep");
    }

    @Test
    void loggingOutDiscardsOnlyThatUsersWork() {
        workstation.signedIn(claire);
        workstation.switchUser();
        workstation.signedIn(prep);

        workstation.logout();
        tasks.completeAll();

        assertThat(workstation.screen()).isEqualTo(Screen.LOGIN);
        assertThat(workstation.keptWorkOf("local:prep")).isEmpty();
        assertThat(workstation.keptWorkOf("psc:899900000001")).isPresent();
        assertThat(sessions.calls).contains("LOGOUT:local:prep");
    }

    @Test
    void loggingOutNeedsConfirmation() {
        dialogs.confirmAnswer = false;
        workstation.signedIn(prep);

        workstation.logout();

        assertThat(workstation.screen()).isEqualTo(Screen.WORK);
        assertThat(workstation.keptWorkOf("local:prep")).isPresent();
    }

    @Test
    void loggingOutWithNothingUnsavedAsksNothing() {
        workstation.setUnsavedWork(work -> !work.unsavedEdit.isEmpty());
        workstation.setLeaveWork((work, then) -> {
            throw new AssertionError("nothing to ask");
        });
        dialogs.confirmAnswer = false; // would refuse, were it asked
        workstation.signedIn(prep);

        workstation.logout();

        assertThat(workstation.screen()).isEqualTo(Screen.LOGIN);
    }

    @Test
    void loggingOutWithUnsavedWorkLeavesItFirstAndStaysWhenItIsNotLeft() {
        workstation.setUnsavedWork(work -> !work.unsavedEdit.isEmpty());
        List<Runnable> pending = new java.util.ArrayList<>();
        workstation.setLeaveWork((work, then) -> pending.add(then));
        workstation.signedIn(prep);
        workstation.visibleWork().orElseThrow().unsavedEdit = "adresse";

        workstation.logout();
        assertThat(workstation.screen()).as("waiting for the save or « Annuler »").isEqualTo(Screen.WORK);

        pending.get(0).run(); // saved or not saved
        assertThat(workstation.screen()).isEqualTo(Screen.LOGIN);
        assertThat(workstation.keptWorkOf("local:prep")).isEmpty();
    }

    // --- forced logout after inactivity (issue 14, SSI/IE.39) ----------------------------------------------------

    private WorkstationViewModel<Work> withLogoutAfter(Duration lock, Duration logout) {
        return new WorkstationViewModel<>(sessions, tasks, dialogs, new IdleTimer(clock, lock, logout),
                user -> new Work(user.userId()));
    }

    @Test
    void aLockedSessionIsLoggedOutAfterTheLongerDelay() {
        WorkstationViewModel<Work> counter = withLogoutAfter(Duration.ofMinutes(5), Duration.ofMinutes(30));
        counter.setUnsavedWork(work -> !work.unsavedEdit.isEmpty());
        counter.signedIn(claire);
        clock.advance(Duration.ofMinutes(5));
        counter.tick();
        assertThat(counter.screen()).isEqualTo(Screen.LOCKED);

        clock.advance(Duration.ofMinutes(24).plusSeconds(59));
        counter.activity(); // someone types on the lock screen: it does not keep the session alive
        counter.tick();
        assertThat(counter.screen()).isEqualTo(Screen.LOCKED);
        clock.advance(Duration.ofSeconds(1));
        counter.tick();

        assertThat(counter.screen()).isEqualTo(Screen.LOGIN);
        assertThat(counter.current()).isNull();
        assertThat(counter.visibleWork()).isEmpty();
        assertThat(counter.keptWorkOf("psc:899900000001")).as("nothing unsaved: closed").isEmpty();
        tasks.completeAll();
        assertThat(sessions.calls).containsExactly("LOCK:psc:899900000001", "LOGOUT:psc:899900000001");
    }

    @Test
    void theLogoutAlsoComesWithoutAnyLockAndActivityPostponesIt() {
        WorkstationViewModel<Work> desk = withLogoutAfter(Duration.ZERO, Duration.ofMinutes(30));
        desk.signedIn(prep);
        clock.advance(Duration.ofMinutes(29));
        desk.activity();
        clock.advance(Duration.ofMinutes(29));
        desk.tick();
        assertThat(desk.screen()).isEqualTo(Screen.WORK);
        clock.advance(Duration.ofMinutes(1));
        desk.tick();
        assertThat(desk.screen()).isEqualTo(Screen.LOGIN);
        tasks.completeAll();
        assertThat(sessions.calls).containsExactly("LOGOUT:local:prep");
    }

    @Test
    void unsavedWorkIsKeptAsideAndItsOwnerIsAskedWhenComingBack() {
        WorkstationViewModel<Work> counter = withLogoutAfter(Duration.ofMinutes(5), Duration.ofMinutes(30));
        counter.setUnsavedWork(work -> !work.unsavedEdit.isEmpty());
        counter.signedIn(claire);
        Work draft = counter.visibleWork().orElseThrow();
        draft.unsavedEdit = "téléphone modifié";
        clock.advance(Duration.ofMinutes(31));
        counter.tick();
        assertThat(counter.screen()).isEqualTo(Screen.LOGIN);
        assertThat(counter.visibleWork()).isEmpty();

        dialogs.confirmAnswer = true;
        counter.signedIn(claire);
        assertThat(counter.visibleWork()).containsSame(draft);

        draft.unsavedEdit = "encore";
        clock.advance(Duration.ofMinutes(31));
        counter.tick();
        dialogs.confirmAnswer = false;
        counter.signedIn(claire);
        assertThat(counter.visibleWork()).isPresent().get().isNotSameAs(draft);
    }

    @Test
    void zeroMeansNoForcedLogout() {
        WorkstationViewModel<Work> never = withLogoutAfter(Duration.ofMinutes(5), Duration.ZERO);
        never.signedIn(claire);
        clock.advance(Duration.ofHours(10));
        never.tick();
        never.tick();
        assertThat(never.screen()).isEqualTo(Screen.LOCKED);
    }

    @Test
    void aPreparateurWorkingAfterASwitchNeverKeepsThePharmacistsSessionAliveBeyondTheDelay() {
        WorkstationViewModel<Work> counter = withLogoutAfter(Duration.ofMinutes(5), Duration.ofMinutes(30));
        counter.setUnsavedWork(work -> !work.unsavedEdit.isEmpty());
        counter.signedIn(claire);
        counter.switchUser();
        counter.signedIn(prep);
        for (int step = 0; step < 7; step++) { // 28 minutes
            clock.advance(Duration.ofMinutes(4));
            counter.activity(); // the préparateur keeps working at the counter
            counter.tick();
        }
        tasks.completeAll();
        assertThat(sessions.calls).doesNotContain("LOGOUT:psc:899900000001");

        clock.advance(Duration.ofMinutes(2));
        counter.activity();
        counter.tick();
        tasks.completeAll();

        assertThat(sessions.calls).contains("LOGOUT:psc:899900000001").doesNotContain("LOGOUT:local:prep");
        assertThat(counter.screen()).isEqualTo(Screen.WORK);
        assertThat(counter.current()).isEqualTo(prep);
        assertThat(counter.keptWorkOf("psc:899900000001")).as("nothing unsaved: closed").isEmpty();
    }
}
