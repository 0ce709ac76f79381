package fr.galien.app.ui.login;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Who works at this workstation and what the window shows: the login screen, the user's work, or the lock screen.
 *
 * <p>Each user's work (type {@code W}: the main window with its open files and unsaved edits) is kept in memory
 * under their user id. Locking, "Changer d'utilisateur" and another user's login leave it untouched; it is shown
 * again when the same person logs in or unlocks. Only "Se déconnecter" discards it. While locked or on the login
 * screen, {@link #visibleWork()} is empty: the view removes the work from the scene graph, so no patient datum can
 * be seen or read by accessibility tools.
 *
 * @param <W> the per-user work, built once per person by the factory
 */
public final class WorkstationViewModel<W> {

    /** What the window shows. */
    public enum Screen { LOGIN, WORK, LOCKED }

    private final SessionService sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final IdleTimer idle;
    private final Function<UserSession, W> workFactory;
    private final Map<String, W> kept = new LinkedHashMap<>();
    private final Map<String, String> keptNames = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.LOGIN);
    private final ReadOnlyObjectWrapper<UserSession> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** Users logged out for inactivity whose unsaved work was kept: asked about it when they come back. */
    private final Set<String> closedForInactivity = new HashSet<>();
    private Predicate<W> unsaved = work -> true;
    /** How a user's work is left before « Se déconnecter » (asks about unsaved edits, saves or drops them). */
    private java.util.function.BiConsumer<W, Runnable> leaveWork = this::confirmLogout;
    /** Users set aside by « Changer d'utilisateur », with their session and their last activity. */
    private final Map<String, SetAside> setAside = new LinkedHashMap<>();

    private record SetAside(UserSession session, Instant lastActivity) {
    }

    public WorkstationViewModel(SessionService sessions, TaskExecutor tasks, DialogService dialogs, IdleTimer idle,
                                Function<UserSession, W> workFactory) {
        this.sessions = Objects.requireNonNull(sessions);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.idle = Objects.requireNonNull(idle);
        this.workFactory = Objects.requireNonNull(workFactory);
    }

    /**
     * How to tell whether a user's work holds unsaved edits (open forms changed and not saved). Without it every
     * work is taken as unsaved, so nothing is ever dropped silently.
     */
    public void setUnsavedWork(Predicate<W> hasUnsavedEdits) {
        this.unsaved = Objects.requireNonNull(hasUnsavedEdits);
    }

    /**
     * How to leave a user's work that has unsaved edits before « Se déconnecter »: the work asks « Enregistrer /
     * Ne pas enregistrer / Annuler » and runs the continuation once saved or dropped. Without it, a confirmation.
     */
    public void setLeaveWork(java.util.function.BiConsumer<W, Runnable> leave) {
        this.leaveWork = Objects.requireNonNull(leave);
    }

    private void confirmLogout(W work, Runnable then) {
        if (dialogs.confirm(LoginText.LOGOUT_CONFIRM_TITLE.text(), LoginText.LOGOUT_CONFIRM.text(),
                LoginText.LOGOUT.text())) {
            then.run();
        }
    }

    /** Names of the users other than the one on screen whose kept work holds unsaved edits. */
    public List<String> otherUsersWithUnsavedWork() {
        UserSession shown = screen.get() == Screen.WORK ? current.get() : null;
        return kept.entrySet().stream()
                .filter(entry -> shown == null || !entry.getKey().equals(shown.userId()))
                .filter(entry -> unsaved.test(entry.getValue()))
                .map(entry -> keptNames.getOrDefault(entry.getKey(), ""))
                .toList();
    }

    /** A user logged in (login screen): their kept work comes back, or new work is built. */
    public void signedIn(UserSession session) {
        Objects.requireNonNull(session, "session");
        if (closedForInactivity.remove(session.userId()) && kept.containsKey(session.userId())
                && !dialogs.confirm(LoginText.INACTIVITY_WORK_TITLE.text(), LoginText.INACTIVITY_WORK.text(),
                        LoginText.INACTIVITY_WORK_RESUME.text())) {
            kept.remove(session.userId()); // the user chose to discard what was left unsaved
        }
        setAside.remove(session.userId());
        kept.computeIfAbsent(session.userId(), id -> workFactory.apply(session));
        keptNames.put(session.userId(), session.displayName());
        current.set(session);
        idle.activity();
        screen.set(Screen.WORK);
    }

    /** The locked user proved again who they are. */
    public void unlocked(UserSession renewed) {
        if (screen.get() != Screen.LOCKED || !renewed.samePerson(current.get())) {
            return;
        }
        current.set(renewed);
        idle.activity();
        screen.set(Screen.WORK);
    }

    /** The PSC session was renewed (re-authentication banner) without leaving the screen. */
    public void renewed(UserSession renewed) {
        if (renewed.samePerson(current.get())) {
            current.set(renewed);
        }
    }

    /** "Verrouiller" or Ctrl+L. */
    public void lock() {
        lock(LoginText.LOCK_REASON_MANUAL.text());
    }

    private void lock(String reason) {
        if (screen.get() != Screen.WORK) {
            return;
        }
        UserSession who = current.get();
        screen.set(Screen.LOCKED);
        tasks.execute(BackgroundTask.of(LoginText.LOCK.text(), () -> {
            sessions.lock(who, reason);
            return null;
        }).onFailure(dialogs::showError));
    }

    /** "Changer d'utilisateur": the current user's work is kept aside, the login screen is shown. */
    public void switchUser() {
        if (screen.get() == Screen.WORK) {
            lock(LoginText.LOCK_REASON_SWITCH.text());
        }
        if (screen.get() == Screen.LOCKED) {
            UserSession who = current.get();
            if (who != null) {
                setAside.put(who.userId(), new SetAside(who, idle.lastActivity()));
            }
            current.set(null);
            screen.set(Screen.LOGIN);
        }
    }

    /**
     * "Se déconnecter": ends the session and discards this user's kept work — at once when the work holds no
     * unsaved edit, otherwise once they are saved or dropped (« Annuler » stays logged in).
     */
    public void logout() {
        UserSession who = current.get();
        if (who == null || screen.get() != Screen.WORK) {
            return;
        }
        W work = kept.get(who.userId());
        if (work != null && unsaved.test(work)) {
            leaveWork.accept(work, () -> endLogout(who));
        } else {
            endLogout(who);
        }
    }

    private void endLogout(UserSession who) {
        if (current.get() != who || screen.get() != Screen.WORK) {
            return; // locked or switched meanwhile (a save under way finished later)
        }
        kept.remove(who.userId());
        keptNames.remove(who.userId());
        current.set(null);
        screen.set(Screen.LOGIN);
        tasks.execute(BackgroundTask.of(LoginText.LOGOUT.text(), () -> {
            sessions.logout(who);
            return null;
        }).onFailure(dialogs::showError));
    }

    /**
     * A key or mouse event on the window. Only activity in the work counts: typing on the lock screen (anyone may)
     * does not keep the locked session alive.
     */
    public void activity() {
        if (screen.get() == Screen.WORK) {
            idle.activity();
        }
    }

    /**
     * Called every second or so: locks once the workstation has been idle for the short delay, and logs the user
     * out once idle for the longer one (SSI/IE.39), locked or not.
     */
    public void tick() {
        logoutSetAsideUsers();
        if ((screen.get() == Screen.WORK || screen.get() == Screen.LOCKED) && current.get() != null
                && idle.logoutDue()) {
            logoutForInactivity();
            return;
        }
        if (screen.get() == Screen.WORK && idle.idle()) {
            lock(LoginText.LOCK_REASON_IDLE.text());
        }
    }

    /**
     * The forced logout: the session ends at once (PSC tokens dropped and logged out at the provider, audited
     * LOGOUT) — nobody is there to answer a question, so nothing waits for one. Work without unsaved edits is
     * closed; unsaved work is kept aside, out of the scene graph, and its owner is asked at their next login whether
     * to resume or discard it.
     */
    private void logoutForInactivity() {
        UserSession who = current.get();
        closeForInactivity(who);
        current.set(null);
        screen.set(Screen.LOGIN);
        endSession(who);
    }

    /**
     * A user set aside by « Changer d'utilisateur » is logged out too once idle for the long delay: whoever works
     * now (a préparateur whose national calls use the pharmacist's PSC session, ADR 0009) never keeps that session
     * alive beyond it. The PSC port holds one session: when the person now working logged in with PSC themselves,
     * the set-aside session was already replaced, so only the local side is closed.
     */
    private void logoutSetAsideUsers() {
        UserSession now = current.get();
        List<SetAside> due = setAside.values().stream()
                .filter(entry -> now == null || !entry.session().samePerson(now))
                .filter(entry -> idle.logoutDueSince(entry.lastActivity()))
                .toList();
        for (SetAside entry : due) {
            setAside.remove(entry.session().userId());
            closeForInactivity(entry.session());
            boolean portHoldsTheirSession = entry.session().kind() != UserSession.Kind.PSC || now == null
                    || now.kind() != UserSession.Kind.PSC;
            if (portHoldsTheirSession) {
                endSession(entry.session());
            }
        }
    }

    /** Work without unsaved edits is closed; unsaved work is kept aside and its owner asked on return. */
    private void closeForInactivity(UserSession who) {
        W work = kept.get(who.userId());
        if (work != null && unsaved.test(work)) {
            closedForInactivity.add(who.userId());
        } else {
            kept.remove(who.userId());
            keptNames.remove(who.userId());
        }
    }

    private void endSession(UserSession who) {
        tasks.execute(BackgroundTask.of(LoginText.LOGOUT.text(), () -> {
            sessions.logout(who);
            return null;
        }).onFailure(dialogs::showError));
    }

    /** The current user's work, only while it may be seen. */
    public Optional<W> visibleWork() {
        UserSession who = current.get();
        return screen.get() == Screen.WORK && who != null ? Optional.ofNullable(kept.get(who.userId()))
                : Optional.empty();
    }

    /** Work kept in memory for a user (test and "Travail conservé pour…" hint). */
    public Optional<W> keptWorkOf(String userId) {
        return Optional.ofNullable(kept.get(userId));
    }

    /** Names of the users whose work is kept, for the login screen. */
    public List<String> usersWithKeptWork() {
        return List.copyOf(keptNames.values());
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserSession> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    public UserSession current() {
        return current.get();
    }
}
