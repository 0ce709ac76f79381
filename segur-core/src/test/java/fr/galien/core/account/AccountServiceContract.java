package fr.galien.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.audit.AuditVerifier;
import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local accounts on both engines; one subclass per engine. Invented people only. */
abstract class AccountServiceContract {

    static final String WORKSTATION = "comptoir-1";
    static final String ADMIN_PASSWORD = "cheval agrafe pile 42";
    static final String STAFF_PASSWORD = "lune bleue sur le toit";
    static final Caller OS_USER = new Caller("os:claire", "claire", Role.PHARMACIEN_TITULAIRE, WORKSTATION);

    @TempDir
    Path dataDir;

    Database database;
    MutableClock clock;
    AccountService accounts;
    Account admin;
    Caller adminCaller;

    abstract Database.Engine engine();

    @BeforeEach
    void open() {
        database = TestDatabases.open(engine(), dataDir);
        clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        // Cheap hashes: the production cost is checked in PasswordHasherTest.
        accounts = new AccountService(database, new JdbcAuditTrail(clock), clock, new PasswordHasher(1_000));
        admin = accounts.createFirstAdministrator(OS_USER,
                new NewAccount("Admin", "Hugo Technique", Role.ADMINISTRATEUR_TECHNIQUE, null),
                ADMIN_PASSWORD.toCharArray());
        adminCaller = accounts.authenticate("admin", ADMIN_PASSWORD.toCharArray(), WORKSTATION);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    Account staff(String login, Role role) {
        return accounts.createAccount(adminCaller, new NewAccount(login, "Léo Fictif", role, null),
                STAFF_PASSWORD.toCharArray());
    }

    List<AuditRecord> auditOldestFirst() {
        List<AuditRecord> records = new ArrayList<>(database.inTransaction(c -> AuditQueries.latest(c, 1000)));
        Collections.reverse(records);
        return records;
    }

    AuditRecord lastAudit() {
        return database.inTransaction(c -> AuditQueries.latest(c, 1)).get(0);
    }

    static Consumer<Throwable> code(String code) {
        return e -> assertThat(((SegurException) e).code()).isEqualTo(code);
    }

    static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(SegurException.class).satisfies(code(code));
    }

    // --- first administrator ------------------------------------------------------------------------------------

    @Test
    void firstAdministratorIsCreatedOnlyOnce() {
        assertThat(accounts.hasAccounts()).isTrue();
        assertRefused(() -> accounts.createFirstAdministrator(OS_USER,
                new NewAccount("second", "Autre Admin", Role.ADMINISTRATEUR_TECHNIQUE, null),
                ADMIN_PASSWORD.toCharArray()), "ACC-0004");
    }

    @Test
    void firstAdministratorCreationIsAuditedUnderTheBootstrapper() {
        AuditRecord creation = auditOldestFirst().get(0);
        assertThat(creation.action()).isEqualTo(AuditAction.ACCOUNT_CREATE);
        assertThat(creation.userId()).isEqualTo("os:claire");
        assertThat(creation.detail()).contains(admin.id().toString());
    }

    @Test
    void firstAccountMustBeAbleToManageAccounts() {
        database.close();
        database = TestDatabases.open(engine(), dataDir.resolve("vierge"));
        AccountService fresh = new AccountService(database, new JdbcAuditTrail(clock), clock, new PasswordHasher(1_000));
        assertRefused(() -> fresh.createFirstAdministrator(OS_USER,
                new NewAccount("accueil", "Inès Exemple", Role.SECRETAIRE, null), STAFF_PASSWORD.toCharArray()),
                "ACC-0009");
        assertThat(fresh.hasAccounts()).isFalse();
        assertThat(fresh.listAccounts(OS_USER)).isEmpty();
    }

    // --- passwords ----------------------------------------------------------------------------------------------

    @Test
    void passwordIsStoredOnlyAsASelfDescribingHash() {
        String stored = database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT password_hash FROM user_account WHERE login = ?")) {
                select.setString(1, "admin");
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
        assertThat(stored).startsWith("$pbkdf2-sha256$").doesNotContain(ADMIN_PASSWORD).doesNotContain("cheval");
    }

    @Test
    void weakPasswordIsRefusedWithFrenchFieldErrors() {
        assertThatThrownBy(() -> accounts.createAccount(adminCaller,
                new NewAccount("leo", "Léo Fictif", Role.PREPARATEUR, null), "court".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::text)
                        .containsExactly(org.assertj.core.api.Assertions.tuple("password",
                                "Le mot de passe doit compter au moins 12 caractères.")));
    }

    @Test
    void noPasswordEverReachesTheAuditTrail() {
        Account leo = staff("leo", Role.PREPARATEUR);
        accounts.resetPassword(adminCaller, leo.id(), "nouveau mot de passe 7".toCharArray());
        assertRefused(() -> accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION), "ACC-0001");
        assertRefused(() -> accounts.authenticate(STAFF_PASSWORD, STAFF_PASSWORD.toCharArray(), WORKSTATION),
                "ACC-0001");
        assertThat(auditOldestFirst()).allSatisfy(record -> assertThat(String.valueOf(record.detail()))
                .doesNotContain(STAFF_PASSWORD).doesNotContain("nouveau mot de passe").doesNotContain(ADMIN_PASSWORD));
    }

    // --- login, failures, lockout -------------------------------------------------------------------------------

    @Test
    void authenticationGivesALocalPasswordCallerAndIsAudited() {
        Account leo = staff("leo", Role.PREPARATEUR);
        Caller caller = accounts.authenticate("LEO", STAFF_PASSWORD.toCharArray(), WORKSTATION);
        assertThat(caller).isEqualTo(new Caller("local:" + leo.id(), "Léo Fictif", Role.PREPARATEUR, WORKSTATION,
                AuthenticationMethod.LOCAL_PASSWORD));
        AuditRecord login = lastAudit();
        assertThat(login.action()).isEqualTo(AuditAction.LOGIN);
        assertThat(login.userId()).isEqualTo(caller.userId());
    }

    @Test
    void unknownLoginAndWrongPasswordGetTheSameMessage() {
        staff("leo", Role.PREPARATEUR);
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() ->
                accounts.authenticate("personne", STAFF_PASSWORD.toCharArray(), WORKSTATION));
        Throwable wrong = org.assertj.core.api.Assertions.catchThrowable(() ->
                accounts.authenticate("leo", "mauvais mot de passe".toCharArray(), WORKSTATION));
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage()).contains("ACC-0001");
    }

    @Test
    void unknownLoginIsAuditedWithoutTheTypedText() {
        assertRefused(() -> accounts.authenticate("tapé-par-erreur", STAFF_PASSWORD.toCharArray(), WORKSTATION),
                "ACC-0001");
        AuditRecord failure = lastAudit();
        assertThat(failure.action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(failure.role()).isEqualTo(Role.NON_AUTHENTIFIE);
        assertThat(failure.userId() + failure.detail()).doesNotContain("tapé-par-erreur");
    }

    @Test
    void fifthFailureLocksTheAccountForOneMinuteAndIsAudited() {
        Account leo = staff("leo", Role.PREPARATEUR);
        for (int i = 1; i <= 4; i++) {
            assertRefused(() -> accounts.authenticate("leo", "mauvais mot de passe".toCharArray(), WORKSTATION),
                    "ACC-0001");
        }
        assertRefused(() -> accounts.authenticate("leo", "mauvais mot de passe".toCharArray(), WORKSTATION),
                "ACC-0002");

        assertThat(accounts.findByLogin(adminCaller, "leo").orElseThrow().lockedUntil())
                .contains(clock.instant().plus(Duration.ofMinutes(1)));
        List<AuditRecord> trail = auditOldestFirst();
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.LOGIN_FAILED).hasSize(5);
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.ACCOUNT_LOCK).singleElement()
                .satisfies(lock -> assertThat(lock.detail()).contains(leo.id().toString()).contains("failures=5"));
    }

    @Test
    void lockedAccountRefusesEvenTheRightPasswordUntilTheDelayEnds() {
        staff("leo", Role.PREPARATEUR);
        failTimes("leo", 5);
        assertRefused(() -> accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION), "ACC-0002");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.REFUSED);

        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION).role())
                .isEqualTo(Role.PREPARATEUR);
    }

    @Test
    void delaysGrowWithFurtherFailures() {
        staff("leo", Role.PREPARATEUR);
        failTimes("leo", 5);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant lockedUntil = accounts.findByLogin(adminCaller, "leo").orElseThrow().lockedUntil().orElseThrow();
            delays.add(Duration.between(clock.instant(), lockedUntil));
            clock.set(lockedUntil);
            failTimes("leo", 1);
        }
        assertThat(delays).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
    }

    @Test
    void successfulLoginClearsTheFailureCount() {
        staff("leo", Role.PREPARATEUR);
        failTimes("leo", 4);
        accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION);
        failTimes("leo", 4);
        assertThat(accounts.findByLogin(adminCaller, "leo").orElseThrow().lockedUntil()).isEmpty();
    }

    @Test
    void passwordResetUnlocksTheAccount() {
        Account leo = staff("leo", Role.PREPARATEUR);
        failTimes("leo", 5);
        accounts.resetPassword(adminCaller, leo.id(), "nouveau mot de passe 7".toCharArray());
        assertThat(accounts.authenticate("leo", "nouveau mot de passe 7".toCharArray(), WORKSTATION)).isNotNull();
        assertThat(auditOldestFirst()).extracting(AuditRecord::action).contains(AuditAction.PASSWORD_RESET);
    }

    @Test
    void disabledAccountCannotLogIn() {
        Account leo = staff("leo", Role.PREPARATEUR);
        accounts.disable(adminCaller, leo.id());
        assertRefused(() -> accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION), "ACC-0003");
        assertThat(auditOldestFirst()).extracting(AuditRecord::action)
                .contains(AuditAction.ACCOUNT_DISABLE, AuditAction.LOGIN_FAILED);
    }

    @Test
    void logoutIsAudited() {
        accounts.logout(adminCaller);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGOUT);
        assertThat(lastAudit().userId()).isEqualTo(adminCaller.userId());
    }

    void failTimes(String login, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> accounts.authenticate(login, "mauvais mot de passe".toCharArray(), WORKSTATION))
                    .isInstanceOf(SegurException.class);
        }
    }

    // --- management permissions ---------------------------------------------------------------------------------

    @Test
    void loginsAreUniqueWhateverTheCase() {
        staff("leo", Role.PREPARATEUR);
        assertRefused(() -> staff("LEO", Role.SECRETAIRE), "ACC-0005");
    }

    @Test
    void listShowsEveryAccountToAManager() {
        staff("leo", Role.PREPARATEUR);
        assertThat(accounts.listAccounts(adminCaller)).extracting(Account::login).containsExactly("admin", "leo");
    }

    @Test
    void staffCannotManageAccountsAndTheRefusalIsAudited() {
        staff("ines", Role.SECRETAIRE);
        Caller secretary = accounts.authenticate("ines", STAFF_PASSWORD.toCharArray(), WORKSTATION);
        assertRefused(() -> accounts.listAccounts(secretary), "SEC-0001");
        assertRefused(() -> accounts.createAccount(secretary, new NewAccount("autre", "Autre", Role.SECRETAIRE, null),
                STAFF_PASSWORD.toCharArray()), "SEC-0001");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.REFUSED);
        assertThat(lastAudit().userId()).isEqualTo(secretary.userId());
    }

    @Test
    void osUserCannotManageAccountsOnceTheyExist() {
        assertRefused(() -> accounts.listAccounts(OS_USER), "ACC-0011");
        assertRefused(() -> accounts.createAccount(OS_USER,
                new NewAccount("leo", "Léo Fictif", Role.PREPARATEUR, null), STAFF_PASSWORD.toCharArray()),
                "ACC-0011");
    }

    @Test
    void lastManagerCannotBeDisabledNorLoseTheRight() {
        assertRefused(() -> accounts.disable(adminCaller, admin.id()), "ACC-0008");
        assertRefused(() -> accounts.changeRole(adminCaller, admin.id(), Role.SECRETAIRE), "ACC-0008");
        Account second = staff("titulaire", Role.PHARMACIEN_TITULAIRE);
        assertThat(accounts.changeRole(adminCaller, admin.id(), Role.SECRETAIRE).role()).isEqualTo(Role.SECRETAIRE);
        assertThat(second.role()).isEqualTo(Role.PHARMACIEN_TITULAIRE);
    }

    @Test
    void roleChangeIsAuditedWithBothRoles() {
        Account leo = staff("leo", Role.PREPARATEUR);
        accounts.changeRole(adminCaller, leo.id(), Role.PHARMACIEN_ADJOINT);
        AuditRecord change = lastAudit();
        assertThat(change.action()).isEqualTo(AuditAction.ROLE_CHANGE);
        assertThat(change.detail()).contains("from=PREPARATEUR").contains("to=PHARMACIEN_ADJOINT");
    }

    // --- Pro Santé Connect link ---------------------------------------------------------------------------------

    @Test
    void pscIdentityLinksToOneAccountOnly() {
        Account claire = staff("claire", Role.PHARMACIEN_TITULAIRE);
        Account other = staff("autre", Role.PHARMACIEN_ADJOINT);
        accounts.linkPscIdentity(adminCaller, claire.id(), "810000000001");
        assertThat(accounts.findByPscNationalId("810000000001")).map(Account::id).contains(claire.id());
        assertRefused(() -> accounts.linkPscIdentity(adminCaller, other.id(), "810000000001"), "ACC-0006");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.PSC_LINK);
    }

    @Test
    void pscLoginTakesTheLinkedAccountRoleAndIsAudited() {
        Account adjoint = accounts.createAccount(adminCaller,
                new NewAccount("marc", "Marc Essai", Role.PHARMACIEN_ADJOINT, "810000000002"),
                STAFF_PASSWORD.toCharArray());
        Caller caller = accounts.pscLogin("810000000002", "Marc Essai", Optional.of(Role.PHARMACIEN_TITULAIRE),
                WORKSTATION);
        assertThat(caller.role()).isEqualTo(Role.PHARMACIEN_ADJOINT);
        assertThat(caller.authentication()).isEqualTo(AuthenticationMethod.PSC);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN);
        assertThat(lastAudit().detail()).contains("method=PSC").contains(adjoint.id().toString());
    }

    @Test
    void pscLoginWithoutLinkNorRoleIsRefused() {
        assertRefused(() -> accounts.pscLogin("810000000003", "Kiné Essai", Optional.empty(), WORKSTATION),
                "ACC-0012");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_FAILED);
    }

    @Test
    void auditChainStaysIntact() {
        staff("leo", Role.PREPARATEUR);
        failTimes("leo", 6);
        assertThat(database.inTransaction(AuditVerifier::verify).intact()).isTrue();
    }
}
