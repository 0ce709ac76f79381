package fr.galien.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test-only simulator (registered in src/test/resources): answers {@code GET /} with its id. */
public final class EchoTestSimulator implements Simulator {

    private final String id;
    private HttpServer server;
    private boolean stopped;
    private Path stateDirectory;

    public EchoTestSimulator() {
        this("echo");
    }

    EchoTestSimulator(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return "Écho de test";
    }

    @Override
    public void useStateDirectory(Path directory) {
        stateDirectory = directory;
    }

    @Override
    public void start(InetSocketAddress bindAddress) throws Exception {
        server = HttpServer.create(bindAddress, 0);
        server.createContext("/", exchange -> {
            byte[] body = id.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @Override
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void stop() {
        stopped = true;
        if (server != null) {
            server.stop(0);
        }
    }

    /** The folder the host gave before start, null when the state stays in memory. */
    Path stateDirectory() {
        return stateDirectory;
    }

    boolean stopped() {
        return stopped;
    }

    int port() {
        return server.getAddress().getPort();
    }
}
