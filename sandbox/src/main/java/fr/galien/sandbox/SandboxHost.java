package fr.galien.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the national-service simulators on 127.0.0.1, in-process (demo mode) or standalone ({@code galien sandbox}),
 * and publishes their base URLs: {@link #urls()} for code, and a JSON index at {@link #indexUrl()}
 * ({@code GET /} → {@code {"simulators":[{"id","name","baseUrl","endpoints":{…}}]}}) for people and scripts.
 *
 * <p>With {@link SandboxOptions#stateDirectory()}, each simulator gets {@code <state>/<id>/} before it starts
 * ({@link Simulator#useStateDirectory}) and keeps there what must outlive the process.
 *
 * <p>Loopback only: simulators accept anything, so they must never be reachable from the network. If one fails to
 * start, the ones already started are stopped before the exception leaves, so no port stays taken.
 */
public final class SandboxHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxHost.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Simulator> started;
    private final Map<String, URI> urls;
    private final HttpServer index;
    private final URI indexUrl;
    private boolean closed;

    private SandboxHost(List<Simulator> started, Map<String, URI> urls, HttpServer index) {
        this.started = started;
        this.urls = Collections.unmodifiableMap(urls);
        this.index = index;
        this.indexUrl = URI.create("http://127.0.0.1:" + index.getAddress().getPort() + "/");
    }

    /** Starts every simulator found on the class path by {@link ServiceLoader}. */
    public static SandboxHost start(SandboxOptions options) {
        List<Simulator> found = new ArrayList<>();
        ServiceLoader.load(Simulator.class, SandboxHost.class.getClassLoader()).forEach(found::add);
        return start(options, found);
    }

    /** Starts the given simulators, in order (tests and embedders that pick their own). */
    public static SandboxHost start(SandboxOptions options, List<? extends Simulator> simulators) {
        checkIds(options, simulators);
        List<Simulator> started = new ArrayList<>();
        Map<String, URI> urls = new LinkedHashMap<>();
        try {
            for (Simulator simulator : simulators) {
                int port = options.portFor(simulator.id());
                try {
                    options.stateDirectoryFor(simulator.id()).filter(SandboxHost::usable)
                            .ifPresent(simulator::useStateDirectory);
                    simulator.start(new InetSocketAddress(loopback(), port));
                } catch (Exception e) {
                    throw new SandboxException("Le simulateur « " + simulator.displayName() + " » (" + simulator.id()
                            + ") n'a pas pu démarrer sur 127.0.0.1:" + port + " : " + e.getMessage(), e);
                }
                started.add(simulator);
                urls.put(simulator.id(), simulator.baseUrl());
            }
            HttpServer index = startIndex(options.indexPort(), started);
            return new SandboxHost(started, urls, index);
        } catch (RuntimeException e) {
            stopAll(started);
            throw e;
        }
    }

    /** The simulators started, in start order. */
    public List<Simulator> simulators() {
        return List.copyOf(started);
    }

    /** Simulator id → base URL, in start order. */
    public Map<String, URI> urls() {
        return urls;
    }

    public URI indexUrl() {
        return indexUrl;
    }

    /** Stops the index and every simulator (last started first); idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        index.stop(0);
        stopAll(started);
    }

    private static void checkIds(SandboxOptions options, List<? extends Simulator> simulators) {
        Set<String> ids = new HashSet<>();
        for (Simulator simulator : simulators) {
            if (!ids.add(simulator.id())) {
                throw new SandboxException("Deux simulateurs portent le même identifiant « " + simulator.id()
                        + " » : retirez l'un des deux.");
            }
        }
        for (String id : options.fixedPorts().keySet()) {
            if (!ids.contains(id)) {
                throw new SandboxException("Un port est fixé pour le simulateur « " + id
                        + " », qui n'existe pas. Simulateurs disponibles : " + String.join(", ", ids) + ".");
            }
        }
    }

    /**
     * A state folder that cannot be made or written (read-only home, full disk) leaves the simulator's state in
     * memory, with a warning: the sandbox still serves, only without sharing.
     */
    private static boolean usable(Path directory) {
        try {
            Files.createDirectories(directory);
            if (Files.isWritable(directory)) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Sandbox state folder {} unusable ({}): state kept in memory", directory, e.toString());
            return false;
        }
        LOG.warn("Sandbox state folder {} is not writable: state kept in memory", directory);
        return false;
    }

    private static void stopAll(List<Simulator> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            Simulator simulator = started.get(i);
            try {
                simulator.stop();
            } catch (Exception e) {
                // Keep stopping the others: one stubborn simulator must not keep every port taken.
                LOG.warn("Simulator {} did not stop cleanly", simulator.id(), e);
            }
        }
    }

    private static HttpServer startIndex(int port, List<Simulator> simulators) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Simulator simulator : simulators) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", simulator.id());
            entry.put("name", simulator.displayName());
            entry.put("baseUrl", simulator.baseUrl().toString());
            Map<String, String> endpoints = new LinkedHashMap<>();
            simulator.endpoints().forEach((name, url) -> endpoints.put(name, url.toString()));
            entry.put("endpoints", endpoints);
            entries.add(entry);
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("simulators", entries));
        } catch (IOException e) {
            throw new SandboxException("L'index du bac à sable n'a pas pu être préparé.", e);
        }
        HttpServer server;
        try {
            server = LoopbackServers.create(new InetSocketAddress(loopback(), port));
        } catch (IOException e) {
            throw new SandboxException("L'index du bac à sable n'a pas pu démarrer sur 127.0.0.1:" + port + " : "
                    + e.getMessage(), e);
        }
        server.createContext("/", exchange -> answerIndex(exchange, body));
        server.start();
        return server;
    }

    private static void answerIndex(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            boolean root = "/".equals(exchange.getRequestURI().getPath());
            if (!root) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** 127.0.0.1 itself, not "the loopback", which may resolve to ::1 when IPv6 is preferred. */
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
