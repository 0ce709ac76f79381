package fr.galien.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.session.PscLogin;
import fr.galien.app.ui.session.PscState;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's session service against the in-process PSC simulator (the demo's path, offline): the demo pharmacist
 * logs in with CIBA, every login, failure, lock, unlock and logout is in the audit trail under the right user.
 */
class GalienSessionTest {

    @TempDir
    Path dataDir;

    private GalienRuntime runtime;
    private GalienUiContext context;
    private SessionService sessions;

    @BeforeEach
    void open() {
        runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
        DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
        context = new GalienUiContext(runtime, new FxTaskExecutor());
        context.startSandbox();
        runtime.startModules(new CurrentThreadTaskExecutor(), context.moduleOverrides());
        sessions = context.sessions().orElseThrow();
    }

    @AfterEach
    void close() {
        context.tasks().close();
        context.close();
        runtime.close();
    }

    @Test
    void theDemoPharmacistLogsInWithCibaAgainstTheInProcessSimulator() {
        assertThat(sessions.pscAvailable()).isTrue();
        assertThat(sessions.demoAccounts()).extracting(account -> account.nationalId()).contains("899900000001");
        List<String> progress = new ArrayList<>();

        PscLogin login = sessions.loginWithPsc("899900000001", progress::add);

        UserSession user = login.session().orElseThrow();
        assertThat(user.nationalId()).contains("899900000001");
        assertThat(user.caller().userId()).isEqualTo("psc:899900000001");
        assertThat(user.displayName()).contains("TITULAIRETEST");
        assertThat(sessions.pscState()).isEqualTo(PscState.ACTIVE);
        assertThat(progress).isNotEmpty();
        assertThat(actions("psc:899900000001")).contains(AuditAction.LOGIN);
    }

    @Test
    void aBlockedECpsGivesAFrenchErrorNoSessionAndAFailedLoginInTheTrail() {
        assertThatThrownBy(() -> sessions.loginWithPsc("899900000008", line -> { }))
                .isInstanceOf(SegurException.class)
                .satisfies(error -> assertThat(((SegurException) error).code()).startsWith("PSC-"));

        assertThat(sessions.pscState()).isEqualTo(PscState.NONE);
        assertThat(actions("psc:899900000008")).containsExactly(AuditAction.LOGIN_FAILED);
    }

    @Test
    void aPhysiciansExerciseDoesNotOpenAnOfficineAndNoSessionIsKept() {
        assertThatThrownBy(() -> sessions.loginWithPsc("899900000003", line -> { }))
                .isInstanceOf(SegurException.class)
                .satisfies(error -> {
                    assertThat(((SegurException) error).code()).isEqualTo("SES-0005");
                    assertThat(error.getMessage()).contains("pharmacie d'officine");
                });

        assertThat(sessions.pscState()).isEqualTo(PscState.NONE);
        assertThat(actions("psc:899900000003")).containsExactly(AuditAction.LOGIN_FAILED);
    }

    @Test
    void theOfficineDemoOffersOnlyPharmacistsFirst() {
        assertThat(sessions.demoAccounts()).isNotEmpty().allSatisfy(account ->
                assertThat(account.fits(PracticeProfile.OFFICINE)).isTrue());
        assertThat(sessions.demoAccounts()).extracting(account -> account.nationalId())
                .doesNotContain("899900000003", "899900000005");
    }

    @Test
    void lockUnlockAndLogoutAreAudited() {
        UserSession user = sessions.loginWithPsc("899900000001", line -> { }).session().orElseThrow();

        sessions.lock(user, "manuel");
        sessions.unlockWithPsc(user, line -> { });
        sessions.logout(user);

        assertThat(actions("psc:899900000001")).containsExactly(AuditAction.LOGIN, AuditAction.LOCK,
                AuditAction.UNLOCK, AuditAction.LOGOUT);
        assertThat(sessions.pscState()).isEqualTo(PscState.NONE);
    }

    @Test
    void anUnknownLocalLoginIsRefusedByTheAccountsServiceAndAudited() {
        assertThatThrownBy(() -> sessions.loginLocal("prep", "x".toCharArray()))
                .isInstanceOf(SegurException.class)
                .satisfies(error -> assertThat(((SegurException) error).code()).isEqualTo("ACC-0001"));
        assertThat(actions("anonyme")).containsExactly(AuditAction.LOGIN_FAILED);
    }

    private List<AuditAction> actions(String userId) {
        List<AuditRecord> latest = runtime.database().read(connection -> AuditQueries.latest(connection, 100));
        List<AuditAction> actions = new ArrayList<>(latest.stream()
                .filter(record -> userId.equals(record.userId())).map(AuditRecord::action).toList());
        java.util.Collections.reverse(actions); // the query gives newest first
        return actions;
    }
}
