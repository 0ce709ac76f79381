package fr.galien.core.account;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.security.Action;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Permissions;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Local accounts (issue 3 §3, docs/accounts.md): staff logins with a password, a first-run administrator, the link
 * between an account and a PSC identity, and lockout after repeated failures. Every login, logout, failure, lock,
 * creation, reset, disabling and role change is audited in the same transaction as the change it records.
 *
 * <p>Managing accounts needs {@link Action#ACCOUNTS_MANAGE} and a caller logged in with an account (local password
 * or PSC): the operating-system user can only create the first administrator, while no account exists.
 *
 * <p>Passwords arrive as {@code char[]}; this service never keeps, logs or audits them and never wipes the caller's
 * array (the caller owns it: {@link PasswordHasher#wipe}).
 */
public final class AccountService {

    private static final String SQL_UNIQUE_VIOLATION = "23505";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditedAuthorization authorization;
    /** Verified against when the login is unknown, so a wrong login costs the same time as a wrong password. */
    private volatile String decoyHash;

    public AccountService(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this(transactions, auditTrail, clock, new PasswordHasher());
    }

    AccountService(Transactions transactions, AuditTrail auditTrail, Clock clock, PasswordHasher hasher) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
    }

    /** True once any account exists (the first-run screen and the CLI ask). */
    public boolean hasAccounts() {
        return transactions.read(connection -> AccountRows.count(connection) > 0);
    }

    /**
     * Creates the first account, which must be able to manage accounts. Allowed only while no account exists (and
     * only once, even when two workstations race: {@code account_bootstrap}).
     *
     * @param bootstrapper who does it (the OS user at first run), audited
     * @throws SegurException {@code ACC-0004} accounts exist, {@code ACC-0009} the role cannot manage accounts
     * @throws ValidationException field errors on login, displayName, role, pscNationalId, password
     */
    public Account createFirstAdministrator(Caller bootstrapper, NewAccount request, char[] password) {
        Objects.requireNonNull(bootstrapper, "bootstrapper");
        validate(request, password);
        if (!Permissions.STANDARD.allows(request.role(), Action.ACCOUNTS_MANAGE)) {
            throw new SegurException(AccountError.ACC_0009, request.role().label());
        }
        String hash = hasher.hash(password);
        return transactions.inTransaction(connection -> {
            if (AccountRows.count(connection) > 0) {
                throw new SegurException(AccountError.ACC_0004);
            }
            try {
                AccountRows.insertBootstrap(connection, now());
            } catch (SQLException e) {
                if (SQL_UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new SegurException(AccountError.ACC_0004);
                }
                throw e;
            }
            Account created = insert(connection, request, hash);
            audit(connection, bootstrapper, AuditAction.ACCOUNT_CREATE, AuditOutcome.SUCCESS,
                    "first administrator account=" + created.id() + " role=" + created.role().name());
            return created;
        });
    }

    /**
     * Creates an account.
     *
     * @throws SegurException {@code SEC-0001}/{@code ACC-0011} caller may not manage accounts, {@code ACC-0005}
     *                        login taken, {@code ACC-0006} PSC identity already linked
     * @throws ValidationException field errors
     */
    public Account createAccount(Caller caller, NewAccount request, char[] password) {
        requireManager(caller, AuditAction.ACCOUNT_CREATE);
        validate(request, password);
        String hash = hasher.hash(password);
        return transactions.inTransaction(connection -> {
            Account created = insert(connection, request, hash);
            audit(connection, caller, AuditAction.ACCOUNT_CREATE, AuditOutcome.SUCCESS,
                    "account=" + created.id() + " role=" + created.role().name()
                            + created.pscNationalId().map(id -> " psc=" + id).orElse(""));
            return created;
        });
    }

    /**
     * Every account, by login. The OS user gets an empty list while no account exists (nothing to show, nothing to
     * protect) and a refusal afterwards.
     */
    public List<Account> listAccounts(Caller caller) {
        if (caller.authentication() == AuthenticationMethod.OS_USER && !hasAccounts()) {
            return List.of();
        }
        requireManager(caller, AuditAction.READ);
        return transactions.inTransaction(AccountRows::all);
    }

    /** The account with {@code login} (case ignored), for a manager. */
    public Optional<Account> findByLogin(Caller caller, String login) {
        requireManager(caller, AuditAction.READ);
        String normalised = NewAccount.normaliseLogin(login);
        return transactions.inTransaction(connection -> AccountRows.byLogin(connection, normalised)
                .map(AccountRows.Stored::account));
    }

    /**
     * The account linked to a PSC identity, if any: used by the Pro Santé Connect login once PSC has proved the
     * national id (no caller exists yet). Returns account metadata only.
     */
    public Optional<Account> findByPscNationalId(String nationalId) {
        if (nationalId == null || nationalId.isBlank()) {
            return Optional.empty();
        }
        return transactions.inTransaction(connection -> AccountRows.byPscNationalId(connection, nationalId.strip())
                .map(AccountRows.Stored::account));
    }

    /** Disables an account: it can no longer log in (kept for the audit trail). */
    public Account disable(Caller caller, UUID accountId) {
        requireManager(caller, AuditAction.ACCOUNT_DISABLE);
        return transactions.inTransaction(connection -> {
            Account account = lockedAccount(connection, accountId);
            if (account.disabled()) {
                return account;
            }
            refuseIfLastManager(connection, account, null);
            AccountRows.setDisabled(connection, accountId, now());
            audit(connection, caller, AuditAction.ACCOUNT_DISABLE, AuditOutcome.SUCCESS, "account=" + accountId);
            return reread(connection, accountId);
        });
    }

    /** Sets a new password chosen by a manager; clears failures and any lock. */
    public Account resetPassword(Caller caller, UUID accountId, char[] newPassword) {
        requireManager(caller, AuditAction.PASSWORD_RESET);
        Account target = transactions.inTransaction(connection -> existing(connection, accountId));
        List<FieldError> errors = PasswordPolicy.check(newPassword, target.login());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = hasher.hash(newPassword);
        return transactions.inTransaction(connection -> {
            lockedAccount(connection, accountId);
            AccountRows.setPassword(connection, accountId, hash, now());
            audit(connection, caller, AuditAction.PASSWORD_RESET, AuditOutcome.SUCCESS, "account=" + accountId);
            return reread(connection, accountId);
        });
    }

    /** Gives an account another role (audited as a role change naming both roles). */
    public Account changeRole(Caller caller, UUID accountId, Role newRole) {
        requireManager(caller, AuditAction.ROLE_CHANGE);
        if (newRole == null || newRole == Role.NON_AUTHENTIFIE) {
            throw new ValidationException(List.of(FieldError.of("role", AccountMessage.ROLE_NOT_ASSIGNABLE)));
        }
        return transactions.inTransaction(connection -> {
            Account account = lockedAccount(connection, accountId);
            if (account.role() == newRole) {
                return account;
            }
            refuseIfLastManager(connection, account, newRole);
            AccountRows.setRole(connection, accountId, newRole, now());
            audit(connection, caller, AuditAction.ROLE_CHANGE, AuditOutcome.SUCCESS,
                    "account=" + accountId + " from=" + account.role().name() + " to=" + newRole.name());
            return reread(connection, accountId);
        });
    }

    /**
     * Links an account to a professional's PSC identity ({@code SubjectNameID}); {@code null} removes the link.
     *
     * @throws SegurException {@code ACC-0006} the identity is linked to another account
     */
    public Account linkPscIdentity(Caller caller, UUID accountId, String nationalId) {
        requireManager(caller, AuditAction.PSC_LINK);
        String normalised = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
        if (normalised != null && !NewAccount.NATIONAL_ID.matcher(normalised).matches()) {
            throw new ValidationException(List.of(FieldError.of("pscNationalId", AccountMessage.NATIONAL_ID_INVALID)));
        }
        return transactions.inTransaction(connection -> {
            lockedAccount(connection, accountId);
            if (normalised != null) {
                Optional<AccountRows.Stored> holder = AccountRows.byPscNationalId(connection, normalised);
                if (holder.isPresent() && !holder.get().account().id().equals(accountId)) {
                    throw new SegurException(AccountError.ACC_0006, normalised);
                }
            }
            AccountRows.setPscNationalId(connection, accountId, normalised, now());
            audit(connection, caller, AuditAction.PSC_LINK, AuditOutcome.SUCCESS,
                    "account=" + accountId + " psc=" + (normalised == null ? "none" : normalised));
            return reread(connection, accountId);
        });
    }

    /**
     * Logs in with a local account. Failures are counted and audited; the {@value LockoutPolicy#FREE_ATTEMPTS}th
     * consecutive failure locks the account for a growing delay ({@link LockoutPolicy}); while locked the password
     * is not even checked.
     *
     * @return a caller authenticated with {@link AuthenticationMethod#LOCAL_PASSWORD}
     * @throws SegurException {@code ACC-0001} wrong login or password (one message for both), {@code ACC-0002}
     *                        locked (with the time it ends), {@code ACC-0003} disabled
     */
    public Caller authenticate(String login, char[] password, String workstationId) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(workstationId, "workstationId");
        String normalised = NewAccount.normaliseLogin(login);
        Optional<AccountRows.Stored> found = transactions.inTransaction(connection ->
                AccountRows.byLogin(connection, normalised));
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash());
            transactions.inTransaction(connection -> {
                audit(connection, Caller.anonymous(workstationId), AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                        "unknown login");
                return null;
            });
            throw new SegurException(AccountError.ACC_0001);
        }
        Account account = found.get().account();
        Caller who = Caller.localAccount(account.id().toString(), account.displayName(), account.role(),
                workstationId);
        Instant now = now();
        if (account.lockedAt(now)) {
            refuseLogin(who, "account locked");
            throw new SegurException(AccountError.ACC_0002, hour(account.lockedUntil().orElseThrow()));
        }
        boolean matches = hasher.verify(password, found.get().passwordHash());
        String rehash = matches && hasher.needsRehash(found.get().passwordHash()) ? hasher.hash(password) : null;
        LoginOutcome outcome = transactions.inTransaction(connection ->
                recordAttempt(connection, account.id(), who, matches, rehash));
        switch (outcome.kind) {
            case SUCCESS -> {
                return who;
            }
            case DISABLED -> throw new SegurException(AccountError.ACC_0003);
            case LOCKED -> throw new SegurException(AccountError.ACC_0002, hour(outcome.lockedUntil));
            default -> throw new SegurException(AccountError.ACC_0001);
        }
    }

    /**
     * Records a Pro Santé Connect login and gives its caller: the role of the linked account if there is one
     * (refused if disabled), else the role PSC's exercise maps to ({@link fr.galien.core.security.ProfessionRoles}).
     *
     * @param roleFromPsc the role of the exercise chosen, empty for a profession Galien has no role for
     * @throws SegurException {@code ACC-0003} linked account disabled, {@code ACC-0012} no role
     */
    public Caller pscLogin(String nationalId, String displayName, Optional<Role> roleFromPsc, String workstationId) {
        Objects.requireNonNull(nationalId, "nationalId");
        Optional<Account> linked = findByPscNationalId(nationalId);
        if (linked.isPresent() && linked.get().disabled()) {
            Account account = linked.get();
            refuseLogin(Caller.pscProfessional(nationalId, displayName, account.role(), workstationId),
                    "account disabled account=" + account.id());
            throw new SegurException(AccountError.ACC_0003);
        }
        Optional<Role> role = linked.map(Account::role).or(() -> roleFromPsc);
        if (role.isEmpty()) {
            refuseLogin(new Caller("psc:" + nationalId, displayName, Role.NON_AUTHENTIFIE, workstationId,
                    AuthenticationMethod.PSC), "no role for this profession");
            throw new SegurException(AccountError.ACC_0012);
        }
        Caller caller = Caller.pscProfessional(nationalId, displayName, role.get(), workstationId);
        transactions.inTransaction(connection -> {
            audit(connection, caller, AuditAction.LOGIN, AuditOutcome.SUCCESS, "method=PSC"
                    + linked.map(account -> " account=" + account.id()).orElse(""));
            return null;
        });
        return caller;
    }

    /** Records a logout (local or PSC). */
    public void logout(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        transactions.inTransaction(connection -> {
            audit(connection, caller, AuditAction.LOGOUT, AuditOutcome.SUCCESS,
                    "method=" + caller.authentication().name());
            return null;
        });
    }

    // --- internals ---------------------------------------------------------------------------------------------

    private enum Kind { SUCCESS, FAILED, LOCKED, DISABLED }

    private record LoginOutcome(Kind kind, Instant lockedUntil) {
    }

    private LoginOutcome recordAttempt(Connection connection, UUID accountId, Caller who, boolean matches,
                                       String rehash) throws SQLException {
        Account account = lockedAccount(connection, accountId);
        Instant now = now();
        if (account.lockedAt(now)) {
            // Another workstation's failures locked it while the password was being checked here.
            audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, "account locked");
            return new LoginOutcome(Kind.LOCKED, account.lockedUntil().orElseThrow());
        }
        if (matches) {
            if (account.disabled()) {
                audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, "account disabled");
                return new LoginOutcome(Kind.DISABLED, null);
            }
            AccountRows.recordSuccess(connection, accountId, now);
            if (rehash != null) {
                AccountRows.setPassword(connection, accountId, rehash, now);
            }
            audit(connection, who, AuditAction.LOGIN, AuditOutcome.SUCCESS, "method=LOCAL_PASSWORD");
            return new LoginOutcome(Kind.SUCCESS, null);
        }
        int failures = account.failedAttempts() + 1;
        Optional<Instant> lock = LockoutPolicy.lockAfter(failures, now);
        AccountRows.recordFailure(connection, accountId, failures, lock.orElse(null), now);
        audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED, "failures=" + failures);
        if (lock.isPresent()) {
            audit(connection, who, AuditAction.ACCOUNT_LOCK, AuditOutcome.SUCCESS,
                    "account=" + accountId + " failures=" + failures + " until=" + lock.get());
            return new LoginOutcome(Kind.LOCKED, lock.get());
        }
        return new LoginOutcome(Kind.FAILED, null);
    }

    private void refuseLogin(Caller who, String detail) {
        transactions.inTransaction(connection -> {
            audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, detail);
            return null;
        });
    }

    private void requireManager(Caller caller, AuditAction attempted) {
        Objects.requireNonNull(caller, "caller");
        authorization.require(caller, Action.ACCOUNTS_MANAGE, attempted, null);
        if (caller.authentication() != AuthenticationMethod.LOCAL_PASSWORD
                && caller.authentication() != AuthenticationMethod.PSC) {
            SegurException refusal = new SegurException(AccountError.ACC_0011);
            transactions.inTransaction(connection -> {
                audit(connection, caller, attempted, AuditOutcome.REFUSED,
                        "refused " + Action.ACCOUNTS_MANAGE.name() + " " + refusal.code());
                return null;
            });
            throw refusal;
        }
    }

    private void validate(NewAccount request, char[] password) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(password, "password");
        List<FieldError> errors = new ArrayList<>(request.check());
        errors.addAll(PasswordPolicy.check(password, NewAccount.normaliseLogin(request.login())));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private Account insert(Connection connection, NewAccount request, String hash) throws SQLException {
        String login = NewAccount.normaliseLogin(request.login());
        String nationalId = request.pscNationalId() == null || request.pscNationalId().isBlank() ? null
                : request.pscNationalId().strip();
        if (AccountRows.byLogin(connection, login).isPresent()) {
            throw new SegurException(AccountError.ACC_0005, login);
        }
        if (nationalId != null && AccountRows.byPscNationalId(connection, nationalId).isPresent()) {
            throw new SegurException(AccountError.ACC_0006, nationalId);
        }
        UUID id = UUID.randomUUID();
        try {
            AccountRows.insert(connection, id, login, request.displayName().strip(), request.role(), hash, nationalId,
                    now());
        } catch (SQLException e) {
            if (SQL_UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another workstation took the login (or the PSC id) between the check and the insert.
                throw new SegurException(AccountError.ACC_0005, login);
            }
            throw e;
        }
        return reread(connection, id);
    }

    /** The last active account able to manage accounts must keep that ability (else nobody could fix anything). */
    private void refuseIfLastManager(Connection connection, Account account, Role newRole) throws SQLException {
        boolean manages = Permissions.STANDARD.allows(account.role(), Action.ACCOUNTS_MANAGE);
        boolean willManage = newRole != null && Permissions.STANDARD.allows(newRole, Action.ACCOUNTS_MANAGE);
        if (!manages || account.disabled() || willManage) {
            return;
        }
        long otherManagers = AccountRows.activeRoles(connection).stream()
                .filter(active -> !active.accountId().equals(account.id()))
                .filter(active -> Permissions.STANDARD.allows(active.role(), Action.ACCOUNTS_MANAGE))
                .count();
        if (otherManagers == 0) {
            throw new SegurException(AccountError.ACC_0008);
        }
    }

    private static Account existing(Connection connection, UUID accountId) throws SQLException {
        return AccountRows.byId(connection, accountId).map(AccountRows.Stored::account)
                .orElseThrow(() -> new SegurException(AccountError.ACC_0007, accountId));
    }

    private static Account lockedAccount(Connection connection, UUID accountId) throws SQLException {
        return AccountRows.byIdForUpdate(connection, accountId).map(AccountRows.Stored::account)
                .orElseThrow(() -> new SegurException(AccountError.ACC_0007, accountId));
    }

    private static Account reread(Connection connection, UUID accountId) throws SQLException {
        return existing(connection, accountId);
    }

    private void audit(Connection connection, Caller caller, AuditAction action, AuditOutcome outcome, String detail)
            throws SQLException {
        auditTrail.append(connection, new AuditEvent(caller, null, action, outcome, detail));
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash("decoy-password-never-matches".toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String hour(Instant instant) {
        return HOUR.format(LocalTime.ofInstant(instant, clock.getZone()));
    }
}
