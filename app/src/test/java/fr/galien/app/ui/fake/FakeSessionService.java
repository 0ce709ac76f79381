package fr.galien.app.ui.fake;

import fr.galien.app.ui.session.DemoAccount;
import fr.galien.app.ui.session.PscLogin;
import fr.galien.app.ui.session.PscState;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** Scripted logins for screens and ViewModel tests; records every call (the audit the real one would write). */
public final class FakeSessionService implements SessionService {

    public static final Exercise OFFICINE = new Exercise("21", "Pharmacien", "A", "", "SA33", "R1",
            "Pharmacie des Essais", "999900011");
    public static final Exercise HOPITAL = new Exercise("21", "Pharmacien", "H", "", "SA01", "R2",
            "Centre hospitalier des Essais", "999900022");

    public final List<String> calls = new ArrayList<>();
    public final Map<String, List<Exercise>> professionals = new HashMap<>();
    public final Map<String, String> passwords = new HashMap<>();
    public boolean pscAvailable = true;
    public List<DemoAccount> demoAccounts = List.of();
    public PscState pscState = PscState.ACTIVE;
    /** The id the phone "approves" on unlock (another professional may pick up the phone). */
    public String approvingNationalId;
    /** When set, a PSC login waits for the phone until this is released or its worker is interrupted (a cancel). */
    public volatile CountDownLatch phone;
    /** Counted down when a PSC login starts waiting for {@link #phone}, and when that wait is interrupted. */
    public final CountDownLatch pscWaiting = new CountDownLatch(1);
    public final CountDownLatch pscInterrupted = new CountDownLatch(1);

    public FakeSessionService() {
        professionals.put("899900000001", List.of(OFFICINE));
        professionals.put("899900000007", List.of(OFFICINE, HOPITAL));
        passwords.put("prep", "secret-prep");
        passwords.put("admin", "secret-admin");
    }

    public static UserSession pscUser(String nationalId, String name, Exercise exercise) {
        return UserSession.psc(new Caller("psc:" + nationalId, name, Role.PHARMACIEN_TITULAIRE, "poste-test"),
                nationalId, exercise.professionLabel(), exercise.structureName());
    }

    public static UserSession localUser(String login) {
        return UserSession.local(new Caller("local:" + login, "Compte " + login, Role.PREPARATEUR, "poste-test"),
                login, "Préparateur");
    }

    @Override
    public boolean pscAvailable() {
        return pscAvailable;
    }

    @Override
    public List<DemoAccount> demoAccounts() {
        return demoAccounts;
    }

    @Override
    public PscLogin loginWithPsc(String nationalId, Consumer<String> progress) {
        calls.add("psc:" + nationalId);
        progress.accept("Demande envoyée");
        waitForThePhone();
        List<Exercise> exercises = professionals.get(nationalId);
        if (exercises == null) {
            calls.add("LOGIN_FAILED:" + nationalId);
            throw new SegurException(CoreError.CORE_0001, "PSC inconnu");
        }
        String name = "Pro " + nationalId;
        if (exercises.size() > 1) {
            return PscLogin.chooseAmong(name, exercises);
        }
        calls.add("LOGIN:" + nationalId);
        return PscLogin.loggedIn(pscUser(nationalId, name, exercises.get(0)));
    }

    private void waitForThePhone() {
        CountDownLatch waiting = phone;
        if (waiting == null) {
            return;
        }
        pscWaiting.countDown();
        try {
            waiting.await();
        } catch (InterruptedException e) {
            pscInterrupted.countDown();
            Thread.currentThread().interrupt();
            throw new SegurException(CoreError.CORE_0001, "connexion annulée");
        }
    }

    @Override
    public PscLogin loginWithBrowser(Consumer<String> progress) {
        calls.add("browser");
        return loginWithPsc("899900000001", progress);
    }

    @Override
    public void cancelPscLogin() {
        calls.add("cancel");
    }

    @Override
    public UserSession chooseExercise(String displayName, Exercise exercise) {
        calls.add("exercise:" + exercise.structureName());
        return UserSession.psc(new Caller("psc:choice", displayName, Role.PHARMACIEN_TITULAIRE, "poste-test"),
                "899900000007", exercise.professionLabel(), exercise.structureName());
    }

    @Override
    public UserSession loginLocal(String login, char[] password) {
        calls.add("local:" + login);
        if (!new String(password).equals(passwords.get(login))) {
            calls.add("LOGIN_FAILED:" + login);
            throw new SegurException(CoreError.CORE_0001, "mot de passe");
        }
        calls.add("LOGIN:" + login);
        return localUser(login);
    }

    @Override
    public void lock(UserSession session, String reason) {
        calls.add("LOCK:" + session.userId());
    }

    @Override
    public void unlockWithPassword(UserSession session, char[] password) {
        String login = session.login().orElseThrow();
        if (!new String(password).equals(passwords.get(login))) {
            calls.add("UNLOCK_FAILED:" + session.userId());
            throw new SegurException(CoreError.CORE_0001, "mot de passe");
        }
        calls.add("UNLOCK:" + session.userId());
    }

    @Override
    public UserSession unlockWithPsc(UserSession session, Consumer<String> progress) {
        String approving = approvingNationalId != null ? approvingNationalId : session.nationalId().orElseThrow();
        if (!approving.equals(session.nationalId().orElseThrow())) {
            calls.add("UNLOCK_FAILED:" + session.userId());
            throw new SegurException(CoreError.CORE_0001, "autre professionnel");
        }
        calls.add("UNLOCK:" + session.userId());
        pscState = PscState.ACTIVE;
        return session;
    }

    @Override
    public void logout(UserSession session) {
        calls.add("LOGOUT:" + session.userId());
    }

    @Override
    public PscState pscState() {
        return pscState;
    }
}
