package fr.galien.app.ui.session;

import fr.galien.core.port.ProSanteConnectPort.Exercise;
import java.util.List;
import java.util.function.Consumer;

/**
 * Logging in and out, locking and unlocking, implemented by the composition root (which also writes the audit
 * trail: LOGIN, LOGIN_FAILED, LOGOUT, LOCK, UNLOCK). Every method but {@link #pscAvailable()},
 * {@link #demoAccounts()} and {@link #pscState()} may block (network, password hashing, database): call them
 * through the TaskExecutor, never on the FX thread.
 *
 * <p>Failures are {@link fr.galien.core.error.SegurException}s (PSC-NNNN from the port, account codes) whose
 * French sentence the screens show; no session exists after a failure.
 */
public interface SessionService {

    /** False for a vet practice (local accounts only) or when the PSC module is not running. */
    boolean pscAvailable();

    /** Invented test professionals offered on the demo practice's login screen; empty otherwise. */
    List<DemoAccount> demoAccounts();

    /** CIBA: pushes a request to the professional's e-CPS app and waits for approval. */
    PscLogin loginWithPsc(String nationalId, Consumer<String> progress);

    /** Authorization code flow in the system browser (opened by the implementation, off the FX thread). */
    PscLogin loginWithBrowser(Consumer<String> progress);

    /** Stops a PSC login under way (CIBA polling or browser wait); the blocked call then fails. */
    void cancelPscLogin();

    /** Completes a PSC login whose professional has several exercises. */
    UserSession chooseExercise(String displayNameOfProfessional, Exercise exercise);

    /** A local account's login and password; the password array is cleared by the implementation. */
    UserSession loginLocal(String login, char[] password);

    /** Records the lock of {@code session}'s workstation (audit). */
    void lock(UserSession session, String reason);

    /** Unlocks a local account's session with its password again; fails without unlocking otherwise. */
    void unlockWithPassword(UserSession session, char[] password);

    /**
     * Unlocks (or re-authenticates) a PSC session with CIBA again; refused when another professional approves.
     *
     * @return the renewed session (new token, same person and exercise)
     */
    UserSession unlockWithPsc(UserSession session, Consumer<String> progress);

    /** Ends {@code session} (PSC end-session included); never fails locally. */
    void logout(UserSession session);

    /** The PSC token's state of the connected professional; cheap (no network), may be read on the FX thread. */
    PscState pscState();
}
