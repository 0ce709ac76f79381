package fr.galien.app;

import fr.galien.app.ui.session.DemoAccount;
import fr.galien.app.ui.session.PscLogin;
import fr.galien.app.ui.session.PscState;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.port.ProSanteConnectPort.BrowserOpener;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.Professional;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import fr.galien.core.security.Caller;
import fr.galien.core.security.ProfessionRoles;
import fr.galien.core.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The app's {@link SessionService}: Pro Santé Connect through the port of the started {@code psc} module, local
 * accounts through {@link LocalAccounts}, and the audit trail (LOGIN, LOGIN_FAILED, LOGOUT, LOCK, UNLOCK) written
 * in its own transaction. Patient data never goes into an audit detail: national ids and reasons only.
 */
public final class GalienSession implements SessionService {

    private final GalienRuntime runtime;
    private final Supplier<Optional<Practice>> practice;
    private final Supplier<Optional<ProSanteConnectPort>> port;
    private final Supplier<Optional<LocalAccounts>> accounts;
    private final BrowserOpener browser;
    private final List<DemoAccount> demoAccounts;
    private final AtomicReference<Thread> pscLogin = new AtomicReference<>();

    /**
     * @param port         the PSC port once modules started (empty when the module is absent or failed)
     * @param accounts     local accounts; empty refuses local logins with SES-0002
     * @param browser      opens the PSC page in the system browser (called off the FX thread)
     * @param demoAccounts test professionals of the sandbox offered on the demo practice's login screen
     */
    public GalienSession(GalienRuntime runtime, Supplier<Optional<ProSanteConnectPort>> port,
                         Supplier<Optional<LocalAccounts>> accounts, BrowserOpener browser, List<DemoAccount> demoAccounts) {
        this(runtime, runtime::practice, port, accounts, browser, demoAccounts);
    }

    /**
     * @param practice the practice as the window keeps it (read once off the FX thread): the login screen asks
     *                 {@link #pscAvailable()} and {@link #demoAccounts()} on the FX thread, which must not query
     */
    public GalienSession(GalienRuntime runtime, Supplier<Optional<Practice>> practice,
                         Supplier<Optional<ProSanteConnectPort>> port, Supplier<Optional<LocalAccounts>> accounts,
                         BrowserOpener browser, List<DemoAccount> demoAccounts) {
        this.runtime = Objects.requireNonNull(runtime);
        this.practice = Objects.requireNonNull(practice);
        this.port = Objects.requireNonNull(port);
        this.accounts = Objects.requireNonNull(accounts);
        this.browser = Objects.requireNonNull(browser);
        this.demoAccounts = List.copyOf(demoAccounts);
    }

    private PracticeProfile profile() {
        return practice.get().orElseThrow(() -> new SegurException(AppError.APP_0001, runtime.where())).profile();
    }

    @Override
    public boolean pscAvailable() {
        // decisions.md: vets use local accounts, no PSC.
        return profile() != PracticeProfile.CABINET_VETERINAIRE && port.get().isPresent();
    }

    @Override
    public List<DemoAccount> demoAccounts() {
        // The demo offers (and pre-fills first) the professionals whose exercise fits the practice: a physician for
        // the cabinet médical, a pharmacist for the officine.
        return practice.get().filter(Practice::demo)
                .map(demo -> demoAccounts.stream().filter(account -> account.fits(demo.profile())).toList())
                .orElse(List.of());
    }

    private ProSanteConnectPort requirePort() {
        if (profile() == PracticeProfile.CABINET_VETERINAIRE) {
            throw new SegurException(SessionError.SES_0003);
        }
        return port.get().orElseThrow(() -> new SegurException(SessionError.SES_0003));
    }

    @Override
    public PscLogin loginWithPsc(String nationalId, Consumer<String> progress) {
        ProSanteConnectPort psc = requirePort();
        return pscLogin(nationalId, () -> psc.authenticateWithCiba(nationalId, progress::accept));
    }

    @Override
    public PscLogin loginWithBrowser(Consumer<String> progress) {
        ProSanteConnectPort psc = requirePort();
        return pscLogin("navigateur", () -> psc.authenticateWithBrowser(browser, progress::accept));
    }

    private PscLogin pscLogin(String attempted, Supplier<PscSession> authenticate) {
        pscLogin.set(Thread.currentThread());
        PscSession session;
        try {
            session = authenticate.get();
        } catch (RuntimeException e) {
            audit(anonymous("psc:" + attempted), AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                    "method=PSC code=" + codeOf(e));
            throw e;
        } finally {
            pscLogin.set(null);
            Thread.interrupted(); // a late cancel must not leak into the next task on this pool thread
        }
        Professional professional = session.professional();
        if (session.needsExerciseChoice()) {
            return PscLogin.chooseAmong(nameOf(professional), professional.exercises());
        }
        return PscLogin.loggedIn(opened(session));
    }

    @Override
    public void cancelPscLogin() {
        Thread waiting = pscLogin.getAndSet(null);
        if (waiting != null) {
            waiting.interrupt();
        }
        // A professional who was asked for an exercise and did not choose has no session.
        port.get().ifPresent(psc -> psc.currentSession().filter(PscSession::needsExerciseChoice)
                .ifPresent(pending -> psc.logout()));
    }

    @Override
    public UserSession chooseExercise(String displayNameOfProfessional, Exercise exercise) {
        PscSession session = requirePort().chooseExercise(exercise);
        return opened(session);
    }

    /** AccountService records the LOGIN and gives the role (a linked account's, else the exercise's). */
    private UserSession opened(PscSession session) {
        Professional professional = session.professional();
        Optional<Exercise> exercise = exerciseOf(session);
        PracticeProfile profile = profile();
        if (exercise.isPresent() && !ProfessionRoles.fitsPractice(exercise.get().professionCode(), profile)) {
            // A pharmacist's exercise does not open a cabinet médical (nor the reverse): no session is kept.
            port.get().ifPresent(ProSanteConnectPort::logout);
            audit(anonymous("psc:" + professional.nationalId()), AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                    "method=PSC code=" + SessionError.SES_0005.code() + " profession="
                            + exercise.get().professionCode());
            throw new SegurException(SessionError.SES_0005, exercise.get().professionLabel(),
                    profile.label().toLowerCase(java.util.Locale.FRENCH));
        }
        Caller caller = runtime.accounts().pscLogin(professional.nationalId(), nameOf(professional),
                exercise.flatMap(GalienSession::roleOf), runtime.workstationId());
        return toUser(caller, session);
    }

    private static Optional<Exercise> exerciseOf(PscSession session) {
        List<Exercise> all = session.professional().exercises();
        return session.exercise().or(() -> all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty());
    }

    private UserSession toUser(Caller caller, PscSession session) {
        Optional<Exercise> exercise = exerciseOf(session);
        return UserSession.psc(caller, session.professional().nationalId(),
                exercise.map(Exercise::professionLabel).orElse(caller.role().label()),
                exercise.map(Exercise::structureName).orElse(""));
    }

    /** TRE_G15 profession (and pharmacist section) to Galien's role; empty for a profession Galien has none for. */
    static Optional<Role> roleOf(Exercise exercise) {
        return ProfessionRoles.fromPscExercise(exercise.professionCode(), exercise.pharmacistSectionCode());
    }

    private static String nameOf(Professional professional) {
        String first = professional.firstName() == null ? "" : capitalised(professional.firstName());
        String last = professional.lastName() == null ? "" : professional.lastName();
        String name = (first + " " + last).strip();
        return name.isEmpty() ? professional.nationalId() : name;
    }

    private static String capitalised(String word) {
        String lower = word.toLowerCase(java.util.Locale.FRENCH);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public UserSession loginLocal(String login, char[] password) {
        try {
            LocalAccounts local = accounts.get().orElseThrow(() -> new SegurException(SessionError.SES_0002));
            Caller caller = local.authenticate(login, password, runtime.workstationId());
            // The accounts service audits LOGIN and LOGIN_FAILED itself (with its lockout).
            return UserSession.local(caller, login, caller.role().label());
        } catch (SegurException e) {
            if (e.errorCode() == SessionError.SES_0002) {
                audit(anonymous("local:" + login), AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                        "method=LOCAL code=" + codeOf(e));
            }
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public void lock(UserSession session, String reason) {
        audit(session.caller(), AuditAction.LOCK, AuditOutcome.SUCCESS, "reason=" + reason);
    }

    @Override
    public void unlockWithPassword(UserSession session, char[] password) {
        try {
            LocalAccounts local = accounts.get().orElseThrow(() -> new SegurException(SessionError.SES_0002));
            Caller caller = local.authenticate(session.login().orElseThrow(), password, runtime.workstationId());
            if (!caller.userId().equals(session.userId())) {
                throw new SegurException(SessionError.SES_0001, session.displayName());
            }
            audit(session.caller(), AuditAction.UNLOCK, AuditOutcome.SUCCESS, "method=LOCAL");
        } catch (RuntimeException e) {
            audit(session.caller(), AuditAction.UNLOCK, AuditOutcome.FAILED, "method=LOCAL code=" + codeOf(e));
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public UserSession unlockWithPsc(UserSession session, Consumer<String> progress) {
        String nationalId = session.nationalId().orElseThrow(() -> new SegurException(SessionError.SES_0003));
        ProSanteConnectPort psc = requirePort();
        pscLogin.set(Thread.currentThread());
        try {
            PscSession renewed = psc.authenticateWithCiba(nationalId, progress::accept);
            if (!renewed.professional().nationalId().equals(nationalId)) {
                psc.logout();
                throw new SegurException(SessionError.SES_0001, session.displayName());
            }
            if (renewed.needsExerciseChoice()) {
                // Same person, same work: keep the exercise they had chosen.
                Optional<Exercise> same = renewed.professional().exercises().stream()
                        .filter(exercise -> session.structure().map(exercise.structureName()::equals).orElse(false))
                        .findFirst();
                renewed = psc.chooseExercise(same.orElse(renewed.professional().exercises().get(0)));
            }
            audit(session.caller(), AuditAction.UNLOCK, AuditOutcome.SUCCESS, "method=PSC");
            UserSession user = toUser(session.caller(), renewed);
            return new UserSession(session.caller(), session.kind(), session.nationalId(), user.profession(),
                    user.structure(), session.login());
        } catch (RuntimeException e) {
            audit(session.caller(), AuditAction.UNLOCK, AuditOutcome.FAILED, "method=PSC code=" + codeOf(e));
            throw e;
        } finally {
            pscLogin.set(null);
            Thread.interrupted();
        }
    }

    @Override
    public void logout(UserSession session) {
        if (session.kind() == UserSession.Kind.PSC) {
            port.get().ifPresent(ProSanteConnectPort::logout);
        }
        audit(session.caller(), AuditAction.LOGOUT, AuditOutcome.SUCCESS, "method=" + session.kind());
    }

    @Override
    public PscState pscState() {
        return port.get().flatMap(ProSanteConnectPort::currentSession)
                .map(session -> session.state() == ProSanteConnectPort.SessionState.ACTIVE ? PscState.ACTIVE
                        : PscState.REAUTHENTICATION_REQUIRED)
                .orElse(PscState.NONE);
    }

    /** Who failed to log in: not a person yet, audited under what they typed (an id, never a password). */
    private Caller anonymous(String attempted) {
        return new Caller(attempted, "", Role.NON_AUTHENTIFIE, runtime.workstationId());
    }

    private static String codeOf(Throwable error) {
        return error instanceof SegurException segur ? segur.code() : error.getClass().getSimpleName();
    }

    private void audit(Caller caller, AuditAction action, AuditOutcome outcome, String detail) {
        runtime.database().inTransaction(connection -> {
            runtime.auditTrail().append(connection, new AuditEvent(caller, null, action, outcome, detail));
            return null;
        });
    }
}
