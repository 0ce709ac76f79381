package fr.galien.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.account.AuthenticationTraces;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.core.testsupport.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authentication traces as RFC 5424 lines, read from the trail and sent to a loopback TCP collector. */
class SyslogExportTest {

    /** RFC 5424 §6 header: PRI VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD. */
    private static final Pattern RFC5424 = Pattern.compile("<(\\d{1,3})>1 "
            + "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{1,6}Z [!-~]{1,255} [!-~]{1,48} [!-~]{1,128} "
            + "[!-~]{1,32} (-|\\[.*\\])( .*)?");

    @TempDir
    Path dir;

    Database database;
    MutableClock clock;
    JdbcAuditTrail trail;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(dir);
        clock = new MutableClock(Instant.parse("2026-12-07T08:30:00Z"));
        trail = new JdbcAuditTrail(clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void append(Caller caller, AuditAction action, AuditOutcome outcome, String detail) {
        database.inTransaction(connection -> {
            trail.append(connection, new AuditEvent(caller, null, action, outcome, detail));
            return null;
        });
    }

    @Test
    void aFailedLoginOnAnUnknownAccountIsAnRfc5424LineNamingTheIdentifierTyped() {
        append(Caller.anonymous("comptoir-2"), AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                AuthenticationTraces.detail(AuthenticationMethod.LOCAL_PASSWORD, "inconnu.test", "unknown login"));
        AuditRecord record = database.inTransaction(c -> AuditQueries.latest(c, 1)).get(0);

        String line = SyslogFormat.line(record);

        assertThat(line).matches(RFC5424);
        assertThat(line).isEqualTo("<84>1 2026-12-07T08:30:00.000000Z comptoir-2 galien - LOGIN_FAILED "
                + "[galien@32473 seq=\"1\" user=\"anonyme\" role=\"NON_AUTHENTIFIE\" outcome=\"FAILED\" "
                + "method=\"LOCAL_PASSWORD\" identifier=\"inconnu.test\"] "
                + "method=LOCAL_PASSWORD identifier=\"inconnu.test\" unknown login");
    }

    @Test
    void valuesAreEscapedAndHeadersKeptToPrintableAscii() {
        Caller odd = new Caller("local:a\"b]c\\d", "x", Role.SECRETAIRE, "poste de l'accueil",
                AuthenticationMethod.LOCAL_PASSWORD);
        append(odd, AuditAction.LOGIN, AuditOutcome.SUCCESS, "connexion réussie");
        String line = SyslogFormat.line(database.inTransaction(c -> AuditQueries.latest(c, 1)).get(0));
        assertThat(line).startsWith("<86>1 ").contains(" poste_de_l'accueil galien - LOGIN ")
                .contains("user=\"local:a\\\"b\\]c\\\\d\"").endsWith("] \uFEFFconnexion réussie");
        assertThat(line).matches(RFC5424);
    }

    @Test
    void onlyAuthenticationTracesAreSelectedAndFromADate() {
        Caller someone = new Caller("local:1", "Léo", Role.PREPARATEUR, "poste-1", AuthenticationMethod.LOCAL_PASSWORD);
        for (AuditAction action : AuditAction.values()) {
            append(someone, action, AuditOutcome.SUCCESS, null);
        }
        List<AuditRecord> auth = database.inTransaction(c ->
                AuditQueries.since(c, 0, Instant.EPOCH, true, 1000));
        assertThat(auth.stream().map(AuditRecord::action).collect(Collectors.toSet()))
                .isEqualTo(SyslogFormat.AUTHENTICATION);
        clock.advance(Duration.ofDays(1));
        append(someone, AuditAction.LOGOUT, AuditOutcome.SUCCESS, null);
        List<AuditRecord> later = database.inTransaction(c ->
                AuditQueries.since(c, 0, Instant.parse("2026-12-08T00:00:00Z"), true, 1000));
        assertThat(later).extracting(AuditRecord::action).containsExactly(AuditAction.LOGOUT);
        Set<AuditAction> all = EnumSet.noneOf(AuditAction.class);
        database.inTransaction(c -> AuditQueries.since(c, 0, Instant.EPOCH, false, 1000)).forEach(r -> all.add(r.action()));
        assertThat(all).isEqualTo(EnumSet.allOf(AuditAction.class));
    }

    @Test
    void linesReachALoopbackCollectorWithOctetCountingFraming() throws Exception {
        try (ServerSocket collector = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket client = collector.accept(); InputStream in = client.getInputStream()) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    return bytes.toByteArray();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Map<String, String> settings = Map.of(SyslogForwarder.HOST, "127.0.0.1",
                    SyslogForwarder.PORT, Integer.toString(collector.getLocalPort()), SyslogForwarder.TLS, "false");
            SyslogForwarder forwarder = SyslogForwarder.fromSettings(key -> Optional.ofNullable(settings.get(key)))
                    .orElseThrow();
            String first = "<86>1 - - galien - LOGIN - d\u00e9tail";
            String second = "<84>1 - - galien - LOGIN_FAILED -";
            forwarder.send(List.of(first, second));

            String text = new String(received.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            // Octet counting: the length in bytes (é is two), a space, the message; no separator.
            assertThat(text).isEqualTo("34 " + first + "33 " + second);
        }
    }

    @Test
    void noServerConfiguredMeansNoForwarding() {
        assertThat(SyslogForwarder.fromSettings(key -> Optional.empty())).isEmpty();
        assertThat(SyslogForwarder.fromSettings(key -> key.equals(SyslogForwarder.HOST) ? Optional.of("collecteur.local")
                : Optional.empty()).orElseThrow().describe()).isEqualTo("collecteur.local:6514 (TLS)");
    }
}
