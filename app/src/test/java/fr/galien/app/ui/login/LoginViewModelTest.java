package fr.galien.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeSessionService;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.app.ui.session.DemoAccount;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.task.WorkerTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {

    private static final long WAIT_SECONDS = 30;

    private final FakeSessionService sessions = new FakeSessionService();
    private final ManualTaskExecutor tasks = new ManualTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<UserSession> signedIn = new ArrayList<>();
    private final List<List<Exercise>> exercisesOffered = new ArrayList<>();
    private Optional<Exercise> exerciseAnswer = Optional.of(FakeSessionService.HOPITAL);

    private LoginViewModel viewModel() {
        LoginViewModel viewModel = new LoginViewModel(sessions, tasks, dialogs, (name, exercises) -> {
            exercisesOffered.add(exercises);
            return exerciseAnswer;
        }, Runnable::run);
        viewModel.setOnSignedIn(signedIn::add);
        return viewModel;
    }

    @Test
    void aCancelledPscLoginGivesItsWorkerBackAtOnce() throws InterruptedException {
        sessions.phone = new CountDownLatch(1); // the professional never answers
        CountDownLatch local = new CountDownLatch(1);
        try (WorkerTaskExecutor oneWorker = new WorkerTaskExecutor("login-test", 1)) {
            LoginViewModel login = new LoginViewModel(sessions, oneWorker, dialogs,
                    (name, exercises) -> Optional.empty(), Runnable::run);
            login.setOnSignedIn(session -> {
                signedIn.add(session);
                local.countDown();
            });
            login.nationalIdProperty().set("899900000001");
            login.signInWithPsc();
            assertThat(sessions.pscWaiting.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

            login.cancel();

            assertThat(sessions.pscInterrupted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            // The only worker is free again: a local login right after goes through.
            login.loginProperty().set("prep");
            login.passwordProperty().set("secret-prep");
            login.signInLocal();
            assertThat(local.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(signedIn).singleElement().satisfies(session -> assertThat(session.login()).contains("prep"));
        assertThat(dialogs.errors).as("the cancelled login's failure is dropped, not shown").isEmpty();
    }

    @Test
    void aProfessionalApprovedOnThePhoneIsSignedIn() {
        LoginViewModel login = viewModel();
        login.nationalIdProperty().set("8999 0000 0001");
        login.signInWithPsc();

        assertThat(login.progressTextProperty().get()).isEqualTo("Validez la demande sur votre téléphone (e-CPS)…");
        assertThat(login.pscWaitingProperty().get()).isTrue();
        tasks.completeAll();

        assertThat(signedIn).singleElement().satisfies(session -> {
            assertThat(session.nationalId()).contains("899900000001");
            assertThat(session.structure()).contains("Pharmacie des Essais");
        });
        assertThat(login.workingProperty().get()).isFalse();
    }

    @Test
    void aRefusedProfessionalSeesTheCodeAndSentenceAndHasNoSession() {
        LoginViewModel login = viewModel();
        login.nationalIdProperty().set("899900000099");
        login.signInWithPsc();
        tasks.completeAll();

        assertThat(signedIn).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("CORE-0001");
        assertThat(login.workingProperty().get()).isFalse();
    }

    @Test
    void anEmptyNationalIdIsAskedForWithoutCallingPsc() {
        LoginViewModel login = viewModel();
        login.nationalIdProperty().set("  ");
        login.signInWithPsc();

        assertThat(tasks.pendingCount()).isZero();
        assertThat(login.messageProperty().get()).isEqualTo("Saisissez votre identifiant national (RPPS).");
    }

    @Test
    void aProfessionalWithTwoExercisesChoosesOneBeforeBeingSignedIn() {
        LoginViewModel login = viewModel();
        login.nationalIdProperty().set("899900000007");
        login.signInWithPsc();
        tasks.completeAll();

        assertThat(exercisesOffered).containsExactly(List.of(FakeSessionService.OFFICINE, FakeSessionService.HOPITAL));
        assertThat(sessions.calls).contains("exercise:Centre hospitalier des Essais");
        assertThat(signedIn).singleElement().satisfies(session ->
                assertThat(session.structure()).contains("Centre hospitalier des Essais"));
    }

    @Test
    void notChoosingAnExerciseAbandonsTheLogin() {
        exerciseAnswer = Optional.empty();
        LoginViewModel login = viewModel();
        login.nationalIdProperty().set("899900000007");
        login.signInWithPsc();
        tasks.completeAll();

        assertThat(signedIn).isEmpty();
        assertThat(sessions.calls).contains("cancel");
        assertThat(login.messageProperty().get()).isEqualTo("Connexion abandonnée : aucun exercice choisi.");
    }

    @Test
    void aCibaAnswerArrivingAfterCancelIsIgnored() {
        LoginViewModel login = viewModel();
        login.nationalIdProperty().set("899900000001");
        login.signInWithPsc();
        login.cancel();
        tasks.completeAll();

        assertThat(signedIn).isEmpty();
        assertThat(sessions.calls).contains("cancel");
        assertThat(login.messageProperty().get()).isEqualTo("Connexion annulée.");
    }

    @Test
    void aLocalAccountSignsInAndThePasswordFieldIsEmptied() {
        LoginViewModel login = viewModel();
        login.loginProperty().set("prep");
        login.passwordProperty().set("secret-prep");
        login.signInLocal();

        assertThat(login.passwordProperty().get()).isEmpty();
        tasks.completeAll();
        assertThat(signedIn).singleElement().satisfies(session ->
                assertThat(session.kind()).isEqualTo(UserSession.Kind.LOCAL));
    }

    @Test
    void aWrongPasswordOpensNoSession() {
        LoginViewModel login = viewModel();
        login.loginProperty().set("prep");
        login.passwordProperty().set("faux");
        login.signInLocal();
        tasks.completeAll();

        assertThat(signedIn).isEmpty();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(sessions.calls).contains("LOGIN_FAILED:prep");
    }

    @Test
    void aVetPracticeOffersNoProSanteConnect() {
        sessions.pscAvailable = false;
        sessions.demoAccounts = List.of(new DemoAccount("899900000001", "démo"));
        LoginViewModel login = viewModel();
        login.nationalIdProperty().set("899900000001");
        login.signInWithPsc();

        assertThat(login.pscAvailable()).isFalse();
        assertThat(login.demoAccounts()).isEmpty();
        assertThat(tasks.pendingCount()).isZero();
    }

    @Test
    void theDemoPrefillsTheFirstTestProfessional() {
        sessions.demoAccounts = List.of(new DemoAccount("899900000001", "Pharmacien titulaire"),
                new DemoAccount("899900000002", "Pharmacien adjoint"));
        LoginViewModel login = viewModel();

        assertThat(login.nationalIdProperty().get()).isEqualTo("899900000001");
        login.useDemoAccount(login.demoAccounts().get(1));
        assertThat(login.nationalIdProperty().get()).isEqualTo("899900000002");
    }
}
