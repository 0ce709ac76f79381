package fr.galien.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.login.IdleTimer;
import fr.galien.app.ui.login.WorkstationViewModel;
import fr.galien.app.ui.session.PscState;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.sandbox.psc.PscSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2: inactivity beyond the long delay ends the Pro Santé Connect session — the in-process simulator sees
 * the logout (its SSO session is closed), the tokens are dropped and the LOGOUT is audited.
 */
class ForcedLogoutPscTest {

    @TempDir
    Path dataDir;

    @Test
    void inactivityBeyondTheLongDelayEndsThePscSessionAtTheProvider() {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            try (InProcessSandbox sandbox = InProcessSandbox.start()) {
                runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
                PscSimulator psc = sandbox.psc().orElseThrow();
                GalienSession sessions = new GalienSession(runtime, runtime::pscPort,
                        () -> Optional.<LocalAccounts>of(runtime.accounts()::authenticate), page -> { }, List.of());
                UserSession pharmacist = sessions.loginWithPsc("899900000001", line -> { }).session().orElseThrow();
                assertThat(psc.openSessions()).isEqualTo(1);

                MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
                WorkstationViewModel<Object> counter = new WorkstationViewModel<>(sessions,
                        new CurrentThreadTaskExecutor(), new FakeDialogService(),
                        new IdleTimer(clock, Duration.ofMinutes(5), Duration.ofMinutes(30)), user -> new Object());
                counter.setUnsavedWork(work -> false);
                counter.signedIn(pharmacist);
                clock.advance(Duration.ofMinutes(5));
                counter.tick(); // locked
                clock.advance(Duration.ofMinutes(25));
                counter.tick(); // logged out

                assertThat(counter.screen()).isEqualTo(WorkstationViewModel.Screen.LOGIN);
                assertThat(psc.openSessions()).as("the provider saw the logout").isZero();
                assertThat(sessions.pscState()).isEqualTo(PscState.NONE);
                List<AuditRecord> trail = runtime.database().read(c -> AuditQueries.latest(c, 3));
                assertThat(trail.get(0).action()).isEqualTo(AuditAction.LOGOUT);
                assertThat(trail.get(0).userId()).isEqualTo("psc:899900000001");
            }
        }
    }
}
