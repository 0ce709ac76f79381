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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
    private final Supplier<AccountPolicy> policy;
    /** Verified against when the login is unknown, so a wrong login costs the same time as a wrong password. */
    private volatile String decoyHash;

    public AccountService(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this(transactions, auditTrail, clock, () -> AccountPolicy.DEFAULT);
    }

    /** With the practice's policy, read again at each use (settings may change while the app runs). */
    public AccountService(Transactions transactions, AuditTrail auditTrail, Clock clock,
                          Supplier<AccountPolicy> policy) {
        this(transactions, auditTrail, clock, new PasswordHasher(), policy);
    }

    AccountService(Transactions transactions, AuditTrail auditTrail, Clock clock, PasswordHasher hasher) {
        this(transactions, auditTrail, clock, hasher, () -> AccountPolicy.DEFAULT);
    }

    AccountService(Transactions transactions, AuditTrail auditTrail, Clock clock, PasswordHasher hasher,
                   Supplier<AccountPolicy> policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
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
        checkNewPassword(target, newPassword);
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
        Verified verified = verify(login, password, workstationId, false);
        return verified.caller();
    }

    /**
     * A user changes their own password (also when it expired or no longer meets the policy of their role): the
     * current password is checked like a login (failures count towards the lockout), the new one against the
     * policy of the account's family and its recent passwords. Audited as {@code PASSWORD_CHANGE} (SSI/IAM.91).
     *
     * @throws SegurException like {@link #authenticate} for the current password
     * @throws ValidationException the new password is refused (field {@code password})
     */
    public Account changePassword(String login, char[] currentPassword, char[] newPassword, String workstationId) {
        Objects.requireNonNull(newPassword, "newPassword");
        Verified verified = verify(login, currentPassword, workstationId, true);
        Account account = verified.account();
        try {
            checkNewPassword(account, newPassword);
        } catch (ValidationException e) {
            transactions.inTransaction(connection -> {
                audit(connection, verified.caller(), AuditAction.PASSWORD_CHANGE, AuditOutcome.REFUSED,
                        "account=" + account.id() + " policy");
                return null;
            });
            throw e;
        }
        String hash = hasher.hash(newPassword);
        return transactions.inTransaction(connection -> {
            lockedAccount(connection, account.id());
            AccountRows.setPassword(connection, account.id(), hash, now());
            audit(connection, verified.caller(), AuditAction.PASSWORD_CHANGE, AuditOutcome.SUCCESS,
                    "account=" + account.id());
            return reread(connection, account.id());
        });
    }

    /** The practice's account policy now (settings read again). */
    public AccountPolicy policy() {
        return policy.get();
    }

    private record Verified(Account account, Caller caller) {
    }

    /**
     * Checks login and password, counting failures and auditing every attempt with the identifier typed, the
     * workstation, the method and the result (SSI/IAM.90). With {@code forChange}, an expired or non-compliant
     * password is accepted (its owner is changing it) and no LOGIN is recorded.
     */
    private Verified verify(String login, char[] password, String workstationId, boolean forChange) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(workstationId, "workstationId");
        String normalised = NewAccount.normaliseLogin(login);
        String typed = login;
        Optional<AccountRows.Stored> found = transactions.inTransaction(connection ->
                AccountRows.byLogin(connection, normalised));
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash());
            transactions.inTransaction(connection -> {
                audit(connection, Caller.anonymous(workstationId), AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                        AuthenticationTraces.detail(AuthenticationMethod.LOCAL_PASSWORD, typed, "unknown login"));
                return null;
            });
            throw new SegurException(AccountError.ACC_0001);
        }
        Account account = found.get().account();
        Caller who = Caller.localAccount(account.id().toString(), account.displayName(), account.role(),
                workstationId);
        Instant now = now();
        if (account.lockedAt(now)) {
            refuseLogin(who, AuthenticationTraces.detail(AuthenticationMethod.LOCAL_PASSWORD, typed, "account locked"));
            throw new SegurException(AccountError.ACC_0002, hour(account.lockedUntil().orElseThrow()));
        }
        boolean matches = hasher.verify(password, found.get().passwordHash());
        String rehash = matches && hasher.needsRehash(found.get().passwordHash()) ? hasher.hash(password) : null;
        AccountPolicy current = policy.get();
        String renewal = matches && !forChange ? renewalNeeded(account, password, current, now) : null;
        LoginOutcome outcome = transactions.inTransaction(connection ->
                recordAttempt(connection, account.id(), who, typed, matches, rehash, renewal, forChange, current));
        switch (outcome.kind) {
            case SUCCESS -> {
                return new Verified(account, who);
            }
            case DISABLED -> throw new SegurException(AccountError.ACC_0003);
            case UNUSED -> throw new SegurException(AccountError.ACC_0014, current.privilegedInactivityDays());
            case EXPIRED -> throw new SegurException(AccountError.ACC_0013,
                    current.rulesFor(account.role()).maxAgeDays());
            case NON_COMPLIANT -> throw new SegurException(AccountError.ACC_0015);
            case LOCKED -> throw new SegurException(AccountError.ACC_0002, hour(outcome.lockedUntil));
            default -> throw new SegurException(AccountError.ACC_0001);
        }
    }

    /** Why the right password may not log in now: expired, or below the rules of the account's family; else null. */
    private static String renewalNeeded(Account account, char[] password, AccountPolicy current, Instant now) {
        PasswordRules rules = current.rulesFor(account.role());
        if (rules.maxAgeDays() > 0
                && account.passwordChangedAt().plus(Duration.ofDays(rules.maxAgeDays())).isBefore(now)) {
            return "password expired";
        }
        if (!PasswordPolicy.check(password, account.login(), rules).isEmpty()) {
            return "password below policy";
        }
        return null;
    }

    /** Policy of the account's family, and none of its recent passwords (SSI/IAM.92, SSI/IE.36). */
    private void checkNewPassword(Account account, char[] newPassword) {
        AccountPolicy current = policy.get();
        List<FieldError> errors = new ArrayList<>(PasswordPolicy.check(newPassword, account.login(),
                current.rulesFor(account.role())));
        if (errors.isEmpty() && current.historySize() > 0) {
            List<String> recent = transactions.inTransaction(connection ->
                    AccountRows.recentHashes(connection, account.id(), current.historySize()));
            if (recent.stream().anyMatch(hash -> hasher.verify(newPassword, hash))) {
                errors.add(FieldError.of(PasswordPolicy.FIELD, AccountMessage.PASSWORD_RECENTLY_USED));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
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
                    AuthenticationTraces.detail(AuthenticationMethod.PSC, nationalId,
                            "account disabled account=" + account.id()));
            throw new SegurException(AccountError.ACC_0003);
        }
        Optional<Role> role = linked.map(Account::role).or(() -> roleFromPsc);
        if (role.isEmpty()) {
            refuseLogin(new Caller("psc:" + nationalId, displayName, Role.NON_AUTHENTIFIE, workstationId,
                    AuthenticationMethod.PSC),
                    AuthenticationTraces.detail(AuthenticationMethod.PSC, nationalId, "no role for this profession"));
            throw new SegurException(AccountError.ACC_0012);
        }
        Caller caller = Caller.pscProfessional(nationalId, displayName, role.get(), workstationId);
        transactions.inTransaction(connection -> {
            if (linked.isPresent()) {
                AccountRows.recordSuccess(connection, linked.get().id(), now());
            }
            audit(connection, caller, AuditAction.LOGIN, AuditOutcome.SUCCESS,
                    AuthenticationTraces.detail(AuthenticationMethod.PSC, nationalId,
                            linked.map(account -> "account=" + account.id()).orElse(null)));
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

    private enum Kind { SUCCESS, FAILED, LOCKED, DISABLED, UNUSED, EXPIRED, NON_COMPLIANT }

    private record LoginOutcome(Kind kind, Instant lockedUntil) {
    }

    private LoginOutcome recordAttempt(Connection connection, UUID accountId, Caller who, String typed,
                                       boolean matches, String rehash, String renewal, boolean forChange,
                                       AccountPolicy current) throws SQLException {
        Account account = lockedAccount(connection, accountId);
        Instant now = now();
        AuthenticationMethod method = AuthenticationMethod.LOCAL_PASSWORD;
        if (account.lockedAt(now)) {
            // Another workstation's failures locked it while the password was being checked here.
            audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED,
                    AuthenticationTraces.detail(method, typed, "account locked"));
            return new LoginOutcome(Kind.LOCKED, account.lockedUntil().orElseThrow());
        }
        if (matches) {
            if (account.disabled()) {
                audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED,
                        AuthenticationTraces.detail(method, typed, "account disabled"));
                return new LoginOutcome(Kind.DISABLED, null);
            }
            if (unusedPrivileged(connection, account, current, now)) {
                AccountRows.setDisabled(connection, accountId, now);
                audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED,
                        AuthenticationTraces.detail(method, typed, "privileged account unused"));
                audit(connection, who, AuditAction.ACCOUNT_DISABLE, AuditOutcome.SUCCESS, "account=" + accountId
                        + " unused for more than " + current.privilegedInactivityDays() + " days");
                return new LoginOutcome(Kind.UNUSED, null);
            }
            if (rehash != null) {
                AccountRows.rehash(connection, accountId, rehash, now);
            }
            if (renewal != null) {
                AccountRows.clearFailures(connection, accountId, now);
                audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED,
                        AuthenticationTraces.detail(method, typed, renewal));
                return new LoginOutcome(renewal.equals("password expired") ? Kind.EXPIRED : Kind.NON_COMPLIANT,
                        null);
            }
            if (forChange) {
                AccountRows.clearFailures(connection, accountId, now);
            } else {
                AccountRows.recordSuccess(connection, accountId, now);
                audit(connection, who, AuditAction.LOGIN, AuditOutcome.SUCCESS,
                        AuthenticationTraces.detail(method, typed, null));
            }
            return new LoginOutcome(Kind.SUCCESS, null);
        }
        int failures = account.failedAttempts() + 1;
        Optional<Instant> lock = LockoutPolicy.lockAfter(failures, now);
        AccountRows.recordFailure(connection, accountId, failures, lock.orElse(null), now);
        audit(connection, who, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                AuthenticationTraces.detail(method, typed, "failures=" + failures));
        if (lock.isPresent()) {
            audit(connection, who, AuditAction.ACCOUNT_LOCK, AuditOutcome.SUCCESS,
                    "account=" + accountId + " failures=" + failures + " until=" + lock.get());
            return new LoginOutcome(Kind.LOCKED, lock.get());
        }
        return new LoginOutcome(Kind.FAILED, null);
    }

    /**
     * An administration account whose last login (or creation) is older than the policy allows (SSI/IAM.93). The
     * last active account able to manage accounts is never disabled this way: nobody could create another one.
     */
    private boolean unusedPrivileged(Connection connection, Account account, AccountPolicy current, Instant now)
            throws SQLException {
        if (current.privilegedInactivityDays() == 0 || !AccountPolicy.isAdministration(account.role())) {
            return false;
        }
        Instant lastUse = account.lastLoginAt().orElse(account.createdAt());
        if (!lastUse.plus(Duration.ofDays(current.privilegedInactivityDays())).isBefore(now)) {
            return false;
        }
        return !isLastManager(connection, account);
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
        if (request.role() != null) {
            errors.addAll(PasswordPolicy.check(password, NewAccount.normaliseLogin(request.login()),
                    policy.get().rulesFor(request.role())));
        }
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
        boolean willManage = newRole != null && Permissions.STANDARD.allows(newRole, Action.ACCOUNTS_MANAGE);
        if (!willManage && isLastManager(connection, account)) {
            throw new SegurException(AccountError.ACC_0008);
        }
    }

    private static boolean isLastManager(Connection connection, Account account) throws SQLException {
        if (!Permissions.STANDARD.allows(account.role(), Action.ACCOUNTS_MANAGE) || account.disabled()) {
            return false;
        }
        return AccountRows.activeRoles(connection).stream()
                .filter(active -> !active.accountId().equals(account.id()))
                .noneMatch(active -> Permissions.STANDARD.allows(active.role(), Action.ACCOUNTS_MANAGE));
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
