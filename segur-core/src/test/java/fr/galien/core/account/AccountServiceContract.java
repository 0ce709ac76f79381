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
    /** Administration accounts: 15 characters or more, the four classes (ADR 0010). */
    static final String ADMIN_PASSWORD = "Cheval agrafe pile 42";
    static final String STAFF_PASSWORD = "Lune bleue sur le toit 7";
    static final Caller OS_USER = new Caller("os:claire", "claire", Role.PHARMACIEN_TITULAIRE, WORKSTATION);

    @TempDir
    Path dataDir;

    Database database;
    MutableClock clock;
    AccountService accounts;
    /** The policy the service reads at each use; tests change it as a practice's settings would. */
    AccountPolicy policy = AccountPolicy.DEFAULT;
    Account admin;
    Caller adminCaller;

    abstract Database.Engine engine();

    @BeforeEach
    void open() {
        database = TestDatabases.open(engine(), dataDir);
        clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        // Cheap hashes: the production cost is checked in PasswordHasherTest.
        accounts = new AccountService(database, new JdbcAuditTrail(clock), clock, new PasswordHasher(1_000),
                () -> policy);
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
    void unknownLoginIsAuditedWithTheIdentifierTypedWorkstationAndMethod() {
        assertRefused(() -> accounts.authenticate("inconnu.test", STAFF_PASSWORD.toCharArray(), WORKSTATION),
                "ACC-0001");
        AuditRecord failure = lastAudit();
        assertThat(failure.action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(failure.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(failure.role()).isEqualTo(Role.NON_AUTHENTIFIE);
        assertThat(failure.workstationId()).isEqualTo(WORKSTATION);
        assertThat(failure.occurredAt()).isEqualTo(clock.instant());
        assertThat(failure.detail()).contains("method=LOCAL_PASSWORD").contains("identifier=\"inconnu.test\"");
    }

    @Test
    void aTypedTextThatCannotBeALoginIsRecordedOnlyAsItsLength() {
        assertRefused(() -> accounts.authenticate("tapé par erreur", STAFF_PASSWORD.toCharArray(), WORKSTATION),
                "ACC-0001");
        AuditRecord failure = lastAudit();
        assertThat(failure.userId() + failure.detail()).doesNotContain("tapé");
        assertThat(failure.detail()).contains("identifier=\"(non conforme, 15 caractères)\"");
    }

    @Test
    void knownAccountAttemptsNameTheIdentifierTyped() {
        staff("leo", Role.PREPARATEUR);
        assertRefused(() -> accounts.authenticate("Leo", "mauvais mot de passe".toCharArray(), WORKSTATION),
                "ACC-0001");
        assertThat(lastAudit().detail()).contains("identifier=\"Leo\"").contains("failures=1");
        accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN);
        assertThat(lastAudit().detail()).isEqualTo("method=LOCAL_PASSWORD identifier=\"leo\"");
    }

    // --- password policies (issue 14, ADR 0010) ----------------------------------------------------------------

    @Test
    void anAdministratorPasswordOfTwelveLowerCaseLettersIsRefused() {
        assertThatThrownBy(() -> accounts.createAccount(adminCaller,
                new NewAccount("second.admin", "Iris Exemple", Role.ADMINISTRATEUR_TECHNIQUE, null),
                "chevalagrafe".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::text)
                        .containsExactly("Le mot de passe doit compter au moins 15 caractères."));
        assertThatThrownBy(() -> accounts.createAccount(adminCaller,
                new NewAccount("second.admin", "Iris Exemple", Role.MEDECIN, null),
                "chevalagrafepilebleue".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::text).singleElement().asString()
                        .startsWith("Le mot de passe doit mélanger au moins 4 types de caractères"));
    }

    @Test
    void usersMayUseALongPassphraseButNotAShortSimplePassword() {
        accounts.createAccount(adminCaller, new NewAccount("ines", "Inès Exemple", Role.SECRETAIRE, null),
                "une phrase assez longue".toCharArray());
        assertThatThrownBy(() -> accounts.createAccount(adminCaller,
                new NewAccount("leo", "Léo Fictif", Role.PREPARATEUR, null), "chevalagrafe".toCharArray()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void recentPasswordsCannotBeReused() {
        Account leo = staff("leo", Role.PREPARATEUR);
        accounts.resetPassword(adminCaller, leo.id(), "deuxieme phrase de passe".toCharArray());
        assertThatThrownBy(() -> accounts.resetPassword(adminCaller, leo.id(), STAFF_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::text).containsExactly(
                                "Ce mot de passe a déjà été utilisé récemment pour ce compte : choisissez-en un nouveau."));
        policy = new AccountPolicy(policy.administration(), policy.users(), 1, policy.privilegedInactivityDays());
        accounts.resetPassword(adminCaller, leo.id(), STAFF_PASSWORD.toCharArray()); // older than the last one
    }

    @Test
    void anExpiredPasswordMustBeChangedBeforeLoggingIn() {
        policy = new AccountPolicy(policy.administration(), new PasswordRules(12, 3, 20, 90), 5, 365);
        staff("leo", Role.PREPARATEUR);
        clock.advance(Duration.ofDays(91));
        assertRefused(() -> accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION), "ACC-0013");
        assertThat(lastAudit().detail()).contains("password expired");
        assertThatThrownBy(() -> accounts.changePassword("leo", STAFF_PASSWORD.toCharArray(),
                STAFF_PASSWORD.toCharArray(), WORKSTATION)).isInstanceOf(ValidationException.class);
        accounts.changePassword("leo", STAFF_PASSWORD.toCharArray(), "une toute nouvelle phrase".toCharArray(),
                WORKSTATION);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.PASSWORD_CHANGE);
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(accounts.authenticate("leo", "une toute nouvelle phrase".toCharArray(), WORKSTATION).role())
                .isEqualTo(Role.PREPARATEUR);
    }

    @Test
    void changingAPasswordNeedsTheCurrentOne() {
        staff("leo", Role.PREPARATEUR);
        assertRefused(() -> accounts.changePassword("leo", "pas le bon mot de passe".toCharArray(),
                "une toute nouvelle phrase".toCharArray(), WORKSTATION), "ACC-0001");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_FAILED);
    }

    @Test
    void aPasswordBelowTheRulesOfANewRoleMustBeChanged() {
        Account leo = staff("leo", Role.PREPARATEUR);
        accounts.resetPassword(adminCaller, leo.id(), "une phrase sans majuscule".toCharArray());
        accounts.changeRole(adminCaller, leo.id(), Role.PHARMACIEN_TITULAIRE);
        assertRefused(() -> accounts.authenticate("leo", "une phrase sans majuscule".toCharArray(), WORKSTATION),
                "ACC-0015");
        accounts.changePassword("leo", "une phrase sans majuscule".toCharArray(), "Une Phrase Longue 2026".toCharArray(),
                WORKSTATION);
        assertThat(accounts.authenticate("leo", "Une Phrase Longue 2026".toCharArray(), WORKSTATION).role())
                .isEqualTo(Role.PHARMACIEN_TITULAIRE);
    }

    @Test
    void anAdministrationAccountUnusedForAYearIsDisabledButNeverTheLastManager() {
        Account second = accounts.createAccount(adminCaller,
                new NewAccount("second.admin", "Iris Exemple", Role.ADMINISTRATEUR_TECHNIQUE, null),
                ADMIN_PASSWORD.toCharArray());
        Account leo = staff("leo", Role.PREPARATEUR);
        clock.advance(Duration.ofDays(366));
        assertRefused(() -> accounts.authenticate("second.admin", ADMIN_PASSWORD.toCharArray(), WORKSTATION),
                "ACC-0014");
        assertThat(accounts.findByLogin(adminCaller, "second.admin").orElseThrow().disabled()).isTrue();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.ACCOUNT_DISABLE);
        assertThat(lastAudit().detail()).contains(second.id().toString()).contains("365 days");
        // Users are not privileged; the last manager is kept (nobody could create accounts any more).
        assertThat(accounts.authenticate("leo", STAFF_PASSWORD.toCharArray(), WORKSTATION).userId())
                .isEqualTo("local:" + leo.id());
        assertThat(accounts.authenticate("admin", ADMIN_PASSWORD.toCharArray(), WORKSTATION).userId())
                .isEqualTo(adminCaller.userId());
    }

    @Test
    void policyComesFromSettingsNeverBelowTheFloorForAdministration() {
        AccountPolicy fromSettings = AccountPolicy.fromSettings(key -> switch (key) {
            case AccountPolicy.ADMIN_MIN_LENGTH -> Optional.of("8");
            case AccountPolicy.USER_MAX_AGE_DAYS -> Optional.of("180");
            case AccountPolicy.HISTORY_SIZE -> Optional.of("pas un nombre");
            default -> Optional.empty();
        });
        assertThat(fromSettings.administration().minLength()).isEqualTo(15);
        assertThat(fromSettings.users().maxAgeDays()).isEqualTo(180);
        assertThat(fromSettings.historySize()).isEqualTo(5);
        assertThat(AccountPolicy.isAdministration(Role.MEDECIN)).isTrue();
        assertThat(AccountPolicy.isAdministration(Role.SECRETAIRE)).isFalse();
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
