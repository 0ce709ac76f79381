package fr.galien.app.ui.login;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.session.PscState;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The session part of the status bar: who is connected, their profession and exercise, their RPPS, and the PSC
 * token's state. When PSC asks to re-authenticate, a banner offers CIBA again; the work on screen is untouched.
 */
public final class SessionBarViewModel {

    private final SessionService sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<UserSession> session;
    private final ReadOnlyObjectWrapper<PscState> pscState = new ReadOnlyObjectWrapper<>(this, "pscState",
            PscState.NONE);
    private final ReadOnlyBooleanWrapper reauthenticating = new ReadOnlyBooleanWrapper(this, "reauthenticating");
    private final ReadOnlyStringWrapper bannerProgress = new ReadOnlyStringWrapper(this, "bannerProgress", "");
    private Consumer<UserSession> onRenewed = renewed -> { };

    public SessionBarViewModel(UserSession session, SessionService sessions, TaskExecutor tasks,
                               DialogService dialogs, Executor fxThread) {
        this.session = new ReadOnlyObjectWrapper<>(this, "session", Objects.requireNonNull(session));
        this.sessions = Objects.requireNonNull(sessions);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.fxThread = Objects.requireNonNull(fxThread);
        refresh();
    }

    public void setOnRenewed(Consumer<UserSession> callback) {
        this.onRenewed = Objects.requireNonNull(callback);
    }

    /** Reads the token's state again (cheap: no network); called every few seconds by the view. */
    public void refresh() {
        pscState.set(session.get().kind() == UserSession.Kind.PSC ? sessions.pscState() : PscState.NONE);
    }

    /** The banner's button: CIBA again for the same professional, without leaving the current screen. */
    public void reauthenticate() {
        if (reauthenticating.get() || session.get().kind() != UserSession.Kind.PSC) {
            return;
        }
        reauthenticating.set(true);
        bannerProgress.set(LoginText.PSC_WAITING.text());
        UserSession who = session.get();
        Consumer<String> progress = line -> fxThread.execute(() -> {
            if (reauthenticating.get()) {
                bannerProgress.set(line);
            }
        });
        tasks.execute(BackgroundTask.of(LoginText.SIGNING_IN.text(), () -> sessions.unlockWithPsc(who, progress))
                .onSuccess(renewed -> {
                    reauthenticating.set(false);
                    bannerProgress.set("");
                    session.set(renewed);
                    refresh();
                    onRenewed.accept(renewed);
                })
                .onFailure(error -> {
                    reauthenticating.set(false);
                    bannerProgress.set("");
                    refresh();
                    dialogs.showError(error);
                }));
    }

    /** The session was renewed elsewhere (lock screen). */
    public void replace(UserSession renewed) {
        session.set(renewed);
        refresh();
    }

    public String userText() {
        return LoginText.STATUS_USER.text(session.get().displayName());
    }

    /** "Pharmacien — Pharmacie des Essais", or the profession alone. */
    public String professionText() {
        UserSession who = session.get();
        String profession = who.profession().isBlank() ? who.caller().role().label() : who.profession();
        return who.structure().map(structure -> LoginText.STATUS_PROFESSION_AT.text(profession, structure))
                .orElseGet(() -> LoginText.STATUS_PROFESSION.text(profession));
    }

    /** "RPPS 8…" for a PSC professional, empty for a local account. */
    public String nationalIdText() {
        return session.get().nationalId().map(LoginText.STATUS_NATIONAL_ID::text).orElse("");
    }

    public static String pscStateText(PscState state) {
        return switch (state) {
            case NONE -> "";
            case ACTIVE -> LoginText.PSC_ACTIVE.text();
            case REAUTHENTICATION_REQUIRED -> LoginText.PSC_REAUTHENTICATION.text();
        };
    }

    public boolean bannerVisible() {
        return pscState.get() == PscState.REAUTHENTICATION_REQUIRED;
    }

    public ReadOnlyObjectProperty<UserSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PscState> pscStateProperty() {
        return pscState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reauthenticatingProperty() {
        return reauthenticating.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProgressProperty() {
        return bannerProgress.getReadOnlyProperty();
    }
}
