package fr.galien.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxHostTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void simulatorFoundByServiceLoaderIsServedOnLoopback() throws Exception {
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults())) {
            URI echo = host.urls().get("echo");

            assertThat(echo.getHost()).isEqualTo("127.0.0.1");
            assertThat(echo.getPort()).isPositive();
            assertThat(get(echo)).isEqualTo("echo");
        }
    }

    @Test
    void indexListsEachSimulatorWithItsLoopbackUrl() throws Exception {
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults())) {
            JsonNode index = JSON.readTree(get(host.indexUrl()));

            assertThat(host.indexUrl().getHost()).isEqualTo("127.0.0.1");
            JsonNode echo = entry(index, "echo");
            assertThat(echo.get("id").asText()).isEqualTo("echo");
            assertThat(echo.get("name").asText()).isEqualTo("Écho de test");
            assertThat(echo.get("baseUrl").asText()).isEqualTo(host.urls().get("echo").toString());
        }
    }

    @Test
    void fixedPortIsHonoured() throws Exception {
        int port = freePort();
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults().withFixedPort("echo", port))) {
            assertThat(host.urls().get("echo")).isEqualTo(URI.create("http://127.0.0.1:" + port + "/"));
        }
    }

    @Test
    void fixedIndexPortIsHonoured() throws Exception {
        int port = freePort();
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults().withIndexPort(port))) {
            assertThat(host.indexUrl()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/"));
        }
    }

    @Test
    void closeFreesEveryPort() throws Exception {
        int simulatorPort;
        int indexPort;
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults())) {
            simulatorPort = host.urls().get("echo").getPort();
            indexPort = host.indexUrl().getPort();
            get(host.indexUrl());
            get(host.urls().get("echo"));
        }

        assertThat(canBind(simulatorPort)).isTrue();
        assertThat(canBind(indexPort)).isTrue();
    }

    @Test
    void failingSimulatorStopsTheOnesAlreadyStartedWithAClearMessage() {
        EchoTestSimulator first = new EchoTestSimulator("premier");
        Simulator broken = new BrokenSimulator();

        assertThatThrownBy(() -> SandboxHost.start(SandboxOptions.defaults(), List.of(first, broken)))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("Le simulateur « Simulateur en panne » (panne) n'a pas pu démarrer");
        assertThat(first.stopped()).isTrue();
    }

    @Test
    void portAlreadyTakenIsAClearFailure() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            SandboxOptions options = SandboxOptions.defaults().withFixedPort("echo", taken.getLocalPort());

            assertThatThrownBy(() -> SandboxHost.start(options, List.of(new EchoTestSimulator())))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void duplicateSimulatorIdsAreRefused() {
        assertThatThrownBy(() -> SandboxHost.start(SandboxOptions.defaults(),
                List.of(new EchoTestSimulator("x"), new EchoTestSimulator("x"))))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("« x »");
    }

    @Test
    void fixedPortForAnUnknownSimulatorIsRefused() {
        assertThatThrownBy(() -> SandboxHost.start(SandboxOptions.defaults().withFixedPort("inconnu", 4000)))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("« inconnu »");
    }

    @Test
    void eachSimulatorGetsItsOwnStateFolderBeforeStart(@TempDir Path state) {
        EchoTestSimulator first = new EchoTestSimulator("premier");
        EchoTestSimulator second = new EchoTestSimulator("second");

        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults().withStateDirectory(state),
                List.of(first, second))) {
            assertThat(first.stateDirectory()).isEqualTo(state.toAbsolutePath().resolve("premier"));
            assertThat(second.stateDirectory()).isEqualTo(state.toAbsolutePath().resolve("second"));
        }
    }

    @Test
    void anUnusableStateFolderLeavesTheStateInMemoryAndTheSandboxServing(@TempDir Path dir) throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("fichier"), "pas un dossier");
        EchoTestSimulator echo = new EchoTestSimulator("echo");

        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults().withStateDirectory(notAFolder),
                List.of(echo))) {
            assertThat(echo.stateDirectory()).isNull();
            assertThat(get(host.urls().get("echo"))).isEqualTo("echo");
        }
    }

    @Test
    void withoutStateDirectoryTheStateStaysInMemory() {
        EchoTestSimulator echo = new EchoTestSimulator("memoire");

        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults(), List.of(echo))) {
            assertThat(echo.stateDirectory()).isNull();
        }
    }

    @Test
    void indexAnswersNotFoundElsewhere() throws Exception {
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults())) {
            HttpURLConnection connection = open(host.indexUrl().resolve("/autre"));

            assertThat(connection.getResponseCode()).isEqualTo(404);
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        CountingStops echo = new CountingStops(new EchoTestSimulator("double"));
        SandboxHost host = SandboxHost.start(SandboxOptions.defaults(), List.of(echo));
        int simulatorPort = host.urls().get("double").getPort();
        int indexPort = host.indexUrl().getPort();

        host.close();
        host.close();

        assertThat(echo.stops).as("each simulator is stopped once, whatever the number of closes").isEqualTo(1);
        assertThat(canBind(simulatorPort)).isTrue();
        assertThat(canBind(indexPort)).isTrue();
    }

    /** Counts the host's calls to {@link Simulator#stop()}. */
    private static final class CountingStops implements Simulator {
        private final Simulator delegate;
        private int stops;

        CountingStops(Simulator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String displayName() {
            return delegate.displayName();
        }

        @Override
        public void start(InetSocketAddress bindAddress) throws Exception {
            delegate.start(bindAddress);
        }

        @Override
        public URI baseUrl() {
            return delegate.baseUrl();
        }

        @Override
        public void stop() throws Exception {
            stops++;
            delegate.stop();
        }
    }

    /** The index lists every registered simulator (the real ones too): find one by id. */
    private static JsonNode entry(JsonNode index, String id) {
        for (JsonNode simulator : index.get("simulators")) {
            if (id.equals(simulator.get("id").asText())) {
                return simulator;
            }
        }
        throw new AssertionError("simulator " + id + " not in the index: " + index);
    }

    private static String get(URI uri) throws IOException {
        HttpURLConnection connection = open(uri);
        try (InputStream body = connection.getInputStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    private static HttpURLConnection open(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(10_000);
        return connection;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static final class BrokenSimulator implements Simulator {

        @Override
        public String id() {
            return "panne";
        }

        @Override
        public String displayName() {
            return "Simulateur en panne";
        }

        @Override
        public void start(InetSocketAddress bindAddress) throws Exception {
            throw new IOException("certificat introuvable");
        }

        @Override
        public URI baseUrl() {
            throw new IllegalStateException("never started");
        }

        @Override
        public void stop() {
            // nothing was started
        }
    }
}
