package fr.galien.app.ui.login;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.session.DemoAccount;
import fr.galien.app.ui.session.PscLogin;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskHandle;
import fr.galien.core.task.TaskSlot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The login screen: Pro Santé Connect (CIBA by default, the browser as an alternative) or a local account. Errors
 * (PSC-NNNN, account codes) go to the {@link DialogService} with their code; no session is opened after a failure.
 * "Annuler" cancels the PSC login task: its worker is interrupted at once (the CIBA wait gives its thread back) and
 * its answer, if one still comes, is dropped; a session waiting for an exercise choice is closed.
 */
public final class LoginViewModel {

    private final SessionService sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ExerciseChooser chooser;
    private final Executor fxThread;
    private final boolean pscAvailable;
    private final List<DemoAccount> demoAccounts;

    private final StringProperty nationalId = new SimpleStringProperty(this, "nationalId", "");
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyBooleanWrapper pscWaiting = new ReadOnlyBooleanWrapper(this, "pscWaiting", false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Consumer<UserSession> onSignedIn = session -> { };
    /** The login under way: a new attempt or "Annuler" cancels it, so an older answer never opens a session. */
    private final TaskSlot attempt;

    /**
     * @param fxThread where progress lines from the worker thread are applied ({@code Platform::runLater} in the
     *                 app, {@code Runnable::run} in tests)
     */
    public LoginViewModel(SessionService sessions, TaskExecutor tasks, DialogService dialogs,
                          ExerciseChooser chooser, Executor fxThread) {
        this.sessions = Objects.requireNonNull(sessions);
        this.tasks = Objects.requireNonNull(tasks);
        this.attempt = new TaskSlot(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.chooser = Objects.requireNonNull(chooser);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.pscAvailable = sessions.pscAvailable();
        this.demoAccounts = pscAvailable ? List.copyOf(sessions.demoAccounts()) : List.of();
        nationalId.addListener((obs, before, now) -> message.set(""));
        login.addListener((obs, before, now) -> message.set(""));
        demoAccounts.stream().findFirst().ifPresent(first -> nationalId.set(first.nationalId()));
    }

    public void setOnSignedIn(Consumer<UserSession> callback) {
        this.onSignedIn = Objects.requireNonNull(callback);
    }

    /** CIBA: the request goes to the professional's phone; the screen says so and offers "Annuler". */
    public void signInWithPsc() {
        if (working.get() || !pscAvailable) {
            return;
        }
        String id = nationalId.get() == null ? "" : nationalId.get().replace(" ", "").strip();
        if (id.isEmpty()) {
            message.set(LoginText.NATIONAL_ID_REQUIRED.text());
            return;
        }
        startPsc(LoginText.PSC_WAITING.text(), progress -> sessions.loginWithPsc(id, progress));
    }

    /** The authorization code flow: the implementation opens the system browser (off the FX thread). */
    public void signInWithBrowser() {
        if (working.get() || !pscAvailable) {
            return;
        }
        startPsc(LoginText.PSC_BROWSER_WAITING.text(), sessions::loginWithBrowser);
    }

    private interface PscCall {
        PscLogin call(Consumer<String> progress) throws Exception;
    }

    private void startPsc(String waitingText, PscCall call) {
        begin(waitingText);
        pscWaiting.set(true);
        AtomicReference<TaskHandle> mine = new AtomicReference<>();
        Consumer<String> progress = line -> fxThread.execute(() -> {
            TaskHandle handle = mine.get();
            if ((handle == null || !handle.isCancelled()) && working.get()) {
                progressText.set(line);
            }
        });
        Callable<PscLogin> work = () -> call.call(progress);
        mine.set(attempt.submit(BackgroundTask.of(LoginText.SIGNING_IN.text(), work)
                .onSuccess(result -> {
                    pscWaiting.set(false);
                    onPscAuthenticated(result);
                })
                .onFailure(this::fail)));
    }

    private void onPscAuthenticated(PscLogin result) {
        if (!result.needsExerciseChoice()) {
            succeed(result.session().orElseThrow());
            return;
        }
        Optional<Exercise> chosen = chooser.choose(result.displayName(), result.exercisesToChooseFrom());
        if (chosen.isEmpty()) {
            abandon(LoginText.EXERCISE_NOT_CHOSEN.text());
            return;
        }
        attempt.submit(BackgroundTask.of(LoginText.SIGNING_IN.text(),
                        () -> sessions.chooseExercise(result.displayName(), chosen.get()))
                .onSuccess(this::succeed)
                .onFailure(this::fail));
    }

    /** Stops the PSC login under way; the screen is usable again at once. */
    public void cancel() {
        if (!working.get()) {
            return;
        }
        abandon(LoginText.CANCELLED.text());
    }

    private void abandon(String why) {
        attempt.cancel(); // interrupts the CIBA wait: the worker is free again at once
        working.set(false);
        pscWaiting.set(false);
        progressText.set("");
        message.set(why);
        // Closes a PSC session left waiting for an exercise choice (a call to the provider: off the FX thread).
        tasks.execute(BackgroundTask.of(LoginText.CANCEL.text(), () -> {
            sessions.cancelPscLogin();
            return null;
        }));
    }

    /** A local account: login and password (the password field is emptied whatever the outcome). */
    public void signInLocal() {
        if (working.get()) {
            return;
        }
        String who = login.get() == null ? "" : login.get().strip();
        String secret = password.get() == null ? "" : password.get();
        password.set("");
        if (who.isEmpty() || secret.isEmpty()) {
            message.set(LoginText.LOGIN_REQUIRED.text());
            return;
        }
        char[] characters = secret.toCharArray();
        begin(LoginText.SIGNING_IN.text());
        attempt.submit(BackgroundTask.of(LoginText.SIGNING_IN.text(), () -> sessions.loginLocal(who, characters))
                .onSuccess(this::succeed)
                .onFailure(this::fail));
    }

    /** Fills the national id with a demo professional's (demo practice only). */
    public void useDemoAccount(DemoAccount account) {
        nationalId.set(account.nationalId());
    }

    private void begin(String text) {
        working.set(true);
        message.set("");
        progressText.set(text);
    }

    private void succeed(UserSession session) {
        working.set(false);
        pscWaiting.set(false);
        progressText.set("");
        onSignedIn.accept(session);
    }

    private void fail(Exception error) {
        working.set(false);
        pscWaiting.set(false);
        progressText.set("");
        dialogs.showError(error);
    }

    public boolean pscAvailable() {
        return pscAvailable;
    }

    public List<DemoAccount> demoAccounts() {
        return demoAccounts;
    }

    public StringProperty nationalIdProperty() {
        return nationalId;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True while a PSC request waits for the phone or the browser: shows "Annuler". */
    public ReadOnlyBooleanProperty pscWaitingProperty() {
        return pscWaiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** A short French line under the forms (missing field, cancelled); errors with a code go to dialogs. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
