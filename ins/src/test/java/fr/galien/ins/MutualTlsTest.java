package fr.galien.ins;

import static fr.galien.ins.InsiSoapClientTest.ADRUN;
import static fr.galien.ins.InsiSoapClientTest.CALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.InsiPort.CodeCr;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate mode of INSi (the {@code -tlsm} endpoint, specs §2.1): the client presents the organisation
 * certificate of {@code ins.tls.keystore} (CN INSI-AUTO here) and trusts the server through
 * {@code ins.tls.truststore}. Certificates are made with the JDK's keytool in a temporary directory (self-signed:
 * no IGC-Santé chain is involved); the test skips without keytool.
 */
class MutualTlsTest {

    private static final String PASSWORD = "secret-de-test";

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static final List<String> clientSubjects = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Assumptions.assumeTrue(Files.isExecutable(keytool), "skipped: no keytool in " + keytool.getParent());
        keytool(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=insi.test", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-keystore", file("server.p12"));
        keytool(keytool, "-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=INSI-AUTO, O=Pharmacie de test", "-validity", "2", "-keystore", file("client.p12"));
        trustStore("server.p12", "server", "client-trust.p12");
        trustStore("client.p12", "client", "server-trust.p12");

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/insi/lps", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                X509Certificate peer = (X509Certificate) ((HttpsExchange) exchange).getSSLSession()
                        .getPeerCertificates()[0];
                clientSubjects.add(peer.getSubjectX500Principal().getName());
                byte[] body = InsiAnswers.CR01.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void clientPresentsTheOrganisationCertificateAndTrustsTheConfiguredServer() {
        InsiSoapClient client = new InsiSoapClient(InsiSettings.from(Map.of(
                "endpoint", endpoint(),
                "tls.keystore", file("client.p12"), "tls.keystore-password", PASSWORD,
                "tls.truststore", file("client-trust.p12"), "tls.truststore-password", PASSWORD)),
                Clock.systemUTC());

        assertThat(client.searchByTraits(CALLER, ADRUN).cr()).isEqualTo(CodeCr.AUCUNE_IDENTITE);
        assertThat(clientSubjects).last().asString().contains("CN=INSI-AUTO");
    }

    @Test
    void withoutTheCertificateTheHandshakeFailsAsUnavailable() {
        InsiSoapClient client = new InsiSoapClient(InsiSettings.from(Map.of(
                "endpoint", endpoint(),
                "tls.truststore", file("client-trust.p12"), "tls.truststore-password", PASSWORD)),
                Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> client.searchByTraits(CALLER, ADRUN));

        assertThat(error.code()).isEqualTo("INS-0101");
    }

    @Test
    void anUntrustedServerIsRefused() {
        InsiSoapClient client = new InsiSoapClient(InsiSettings.from(Map.of(
                "endpoint", endpoint(),
                "tls.keystore", file("client.p12"), "tls.keystore-password", PASSWORD)),
                Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> client.searchByTraits(CALLER, ADRUN));

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("connexion sécurisée");
    }

    @Test
    void wrongKeystorePasswordStopsTheStart() {
        SegurException error = catchThrowableOfType(SegurException.class, () -> new InsiSoapClient(
                InsiSettings.from(Map.of("endpoint", endpoint(), "tls.keystore", file("client.p12"),
                        "tls.keystore-password", "pas-le-bon")), Clock.systemUTC()));

        assertThat(error.code()).isEqualTo("INS-0112");
        assertThat(error.getMessage()).doesNotContain("pas-le-bon");
    }

    private static String endpoint() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/insi/lps";
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }

    private static SSLContext serverContext() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(file("server.p12")), PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(file("server-trust.p12")));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    /** A PKCS#12 trust store holding the certificate of {@code alias} from {@code keystore}. */
    private static void trustStore(String keystore, String alias, String target) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(alias, load(file(keystore)).getCertificate(alias));
        try (OutputStream out = Files.newOutputStream(Path.of(file(target)))) {
            trust.store(out, PASSWORD.toCharArray());
        }
    }

    private static KeyStore load(String path) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void keytool(Path keytool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (List.of(args).contains("-genkeypair")) {
            command.addAll(List.of("-keypass", PASSWORD));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}
