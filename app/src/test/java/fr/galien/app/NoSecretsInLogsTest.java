package fr.galien.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.account.NewAccount;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.psc.PscSettings;
import fr.galien.sandbox.psc.PscSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 3 measure: no token or password in any log line or audit detail. The whole app runs (real PSC client, real
 * simulator, H2, audit) with every logger at DEBUG captured; the simulator lists every token and auth_req_id it
 * handed out, and each is looked for — whole, and its JWT payload and signature separately — together with the
 * client secret and the local account's password.
 */
class NoSecretsInLogsTest {

    private static final String PASSWORD = "Une phrase de passe bien longue 42";

    @TempDir
    Path dataDir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Appender<ILoggingEvent>> consoleAppenders = new ArrayList<>();
    private Level previousLevel;

    @BeforeEach
    void captureEverythingAtDebug() {
        previousLevel = root.getLevel();
        // The console would drown the report at DEBUG: only the list sees this test's logs.
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            consoleAppenders.add(it.next());
        }
        consoleAppenders.forEach(root::detachAppender);
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(captured);
        consoleAppenders.forEach(root::addAppender);
        root.setLevel(previousLevel);
    }

    @Test
    void aFullPscAndLocalSessionLeavesNoTokenSecretOrPasswordInLogsOrAudit() {
        PscSimulator simulator = new PscSimulator(PscSettings.defaults().withApprovalDelay(Duration.ZERO));
        List<String> accessTokens = new ArrayList<>();
        List<AuditRecord> audit;
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults(), List.of(simulator))) {
            DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            Map<String, String> settings = new HashMap<>(sandbox.moduleOverrides(runtime));
            settings.put("psc.refreshMarginSeconds", "3600"); // every token request refreshes
            runtime.startModules(new CurrentThreadTaskExecutor(), settings);
            runtime.accounts().createFirstAdministrator(runtime.caller(),
                    new NewAccount("admin.test", "Admin TEST", Role.ADMINISTRATEUR_TECHNIQUE, null),
                    PASSWORD.toCharArray());
            GalienSession sessions = new GalienSession(runtime, runtime::pscPort,
                    () -> Optional.<LocalAccounts>of(runtime.accounts()::authenticate), page -> { }, List.of());

            UserSession professional = sessions.loginWithPsc("899900000001", line -> { }).session().orElseThrow();
            ProSanteConnectPort psc = runtime.pscPort().orElseThrow();
            accessTokens.add(psc.currentAccessToken().orElseThrow().value());
            accessTokens.add(psc.currentAccessToken().orElseThrow().value());
            sessions.logout(professional);
            UserSession staff = sessions.loginLocal("admin.test", PASSWORD.toCharArray());
            sessions.logout(staff);
            Caller wrong = null;
            try {
                wrong = runtime.accounts().authenticate("admin.test", (PASSWORD + "x").toCharArray(),
                        runtime.workstationId());
            } catch (RuntimeException expected) {
                // a failed login is logged and audited too: it must not show what was typed
            }
            assertThat(wrong).isNull();
            audit = runtime.database().read(connection -> AuditQueries.latest(connection, 10_000));
        }

        List<String> issued = simulator.issuedSecrets().all();
        assertThat(accessTokens).as("the refresh did give a new access token").doesNotHaveDuplicates();
        assertThat(issued).as("the simulator saw the login and the refresh").containsAll(accessTokens);
        Set<String> secrets = secretsIn(issued);
        secrets.add(PscSimulator.DEMO_CLIENT_SECRET);
        secrets.add(PASSWORD);
        secrets.add(PASSWORD + "x");

        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            texts.add(event.getFormattedMessage());
            texts.add(String.valueOf(event.getMDCPropertyMap()));
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        audit.forEach(record -> texts.add(record.userId() + " " + record.detail()));
        assertThat(captured.list).as("DEBUG logging was captured").hasSizeGreaterThan(10);
        assertThat(audit).as("the sessions were audited").hasSizeGreaterThan(3);
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).as("a log line or audit detail").doesNotContain(secret);
            }
        }
    }

    /** Each secret whole, and for a JWT its payload and signature (the header is the same for every token). */
    private static Set<String> secretsIn(List<String> issued) {
        Set<String> secrets = new LinkedHashSet<>();
        for (String value : issued) {
            secrets.add(value);
            String[] parts = value.split("\\.");
            if (parts.length == 3) {
                secrets.add(parts[1]);
                secrets.add(parts[2]);
            }
        }
        return secrets;
    }
}
