package fr.galien.psc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import fr.galien.core.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 3 "measures": no token, code, request id or secret ever reaches a log. Captures everything the client and the
 * connector kit under it (one trace line per HTTP exchange) log at DEBUG across CIBA login, refresh, browser login, a refused refresh and logout, then looks for every secret the
 * provider handed out.
 */
class LogSecrecyTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger psc = (Logger) LoggerFactory.getLogger("fr.galien.psc");
    private final Logger kit = (Logger) LoggerFactory.getLogger("fr.galien.kit");
    private Level previousLevel;
    private Level previousKitLevel;
    private TestPscProvider provider;

    @BeforeEach
    void capture() {
        previousLevel = psc.getLevel();
        psc.setLevel(Level.DEBUG);
        previousKitLevel = kit.getLevel();
        kit.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
        provider = new TestPscProvider();
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        psc.setLevel(previousLevel);
        kit.setLevel(previousKitLevel);
        provider.close();
    }

    @Test
    void noTokenCodeOrSecretAppearsInTheLogsOfAFullSession() {
        MutableClock clock = new MutableClock(Instant.now());
        ProSanteConnectClient client = provider.target().client(clock, new RecordingSleeper());
        List<String> thrown = new ArrayList<>();

        provider.scriptCiba("authorization_pending", "slow_down");
        client.authenticateWithCiba(TestProfessionals.PHARMACIST_ID, message -> { });
        clock.advance(Duration.ofSeconds(50));
        client.currentAccessToken().orElseThrow();
        client.logout();
        client.authenticateWithBrowser(new FollowingBrowser(), message -> { });
        provider.refuseRefresh = true;
        clock.advance(Duration.ofSeconds(50));
        client.currentAccessToken();
        client.logout();
        provider.idTokenTamper = claims -> claims.claim("nonce", "other");
        try {
            client.authenticateWithBrowser(new FollowingBrowser(), message -> { });
        } catch (RuntimeException e) {
            thrown.add(e.toString());
        }

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            logged.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                logged.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(logged).as("the client did log the session's steps").isNotEmpty();
        assertThat(logged).as("the kit traced the exchanges").anyMatch(line -> line.startsWith("PSC ")
                && line.contains("trace="));
        Set<String> secrets = provider.secrets();
        assertThat(secrets).hasSizeGreaterThan(10);
        for (String secret : secrets) {
            assertThat(logged).noneMatch(line -> line.contains(secret));
            assertThat(thrown).noneMatch(line -> line.contains(secret));
        }
    }
}
