package fr.galien.app.ui.login;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskHandle;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lock screen: "Poste verrouillé — <user>", unlocked by the same user (password for a local account, CIBA
 * again for a PSC professional), or "Changer d'utilisateur". Shows no patient datum.
 */
public final class LockViewModel {

    private final UserSession locked;
    private final SessionService sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Executor fxThread;
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Consumer<UserSession> onUnlocked = session -> { };
    private Runnable onSwitchUser = () -> { };

    /** The unlock under way; "Changer d'utilisateur" cancels it. */
    private TaskHandle unlocking = TaskHandle.DONE;

    public LockViewModel(UserSession locked, SessionService sessions, TaskExecutor tasks, DialogService dialogs,
                         Executor fxThread) {
        this.locked = Objects.requireNonNull(locked);
        this.sessions = Objects.requireNonNull(sessions);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    public void setOnUnlocked(Consumer<UserSession> callback) {
        this.onUnlocked = Objects.requireNonNull(callback);
    }

    public void setOnSwitchUser(Runnable callback) {
        this.onSwitchUser = Objects.requireNonNull(callback);
    }

    public String title() {
        return LoginText.LOCKED_TITLE.text(locked.displayName());
    }

    public String intro() {
        return LoginText.LOCKED_INTRO.text(locked.displayName());
    }

    /** True for a PSC professional (unlock with e-CPS), false for a local account (password). */
    public boolean unlocksWithPsc() {
        return locked.kind() == UserSession.Kind.PSC;
    }

    public String unlockLabel() {
        return unlocksWithPsc() ? LoginText.UNLOCK_PSC.text() : LoginText.UNLOCK.text();
    }

    public void unlock() {
        if (working.get()) {
            return;
        }
        if (unlocksWithPsc()) {
            working.set(true);
            progressText.set(LoginText.PSC_WAITING.text());
            Consumer<String> progress = line -> fxThread.execute(() -> {
                if (working.get()) {
                    progressText.set(line);
                }
            });
            run(() -> sessions.unlockWithPsc(locked, progress));
            return;
        }
        String secret = password.get() == null ? "" : password.get();
        password.set("");
        if (secret.isEmpty()) {
            message.set(LoginText.LOGIN_REQUIRED.text());
            return;
        }
        char[] characters = secret.toCharArray();
        working.set(true);
        progressText.set(LoginText.UNLOCKING.text());
        run(() -> {
            sessions.unlockWithPassword(locked, characters);
            return locked;
        });
    }

    private void run(java.util.concurrent.Callable<UserSession> work) {
        message.set("");
        unlocking = tasks.execute(BackgroundTask.of(LoginText.UNLOCKING.text(), work)
                .onSuccess(session -> {
                    working.set(false);
                    progressText.set("");
                    onUnlocked.accept(session);
                })
                .onFailure(error -> {
                    working.set(false);
                    progressText.set("");
                    dialogs.showError(error);
                }));
    }

    public void switchUser() {
        if (working.get() && unlocksWithPsc()) {
            unlocking.cancel(); // the CIBA wait is interrupted: its worker is free at once
            tasks.execute(BackgroundTask.of(LoginText.CANCEL.text(), () -> {
                sessions.cancelPscLogin();
                return null;
            }));
        }
        working.set(false);
        onSwitchUser.run();
    }

    public UserSession locked() {
        return locked;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
