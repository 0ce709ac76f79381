package fr.galien.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One simulator's HTTP server on 127.0.0.1: refuses any other address, serves every path through one handler on
 * daemon threads, and frees its port on {@link #stop()}. The lifecycle every {@link Simulator} shares.
 */
public final class LoopbackServer {

    private final HttpServer server;
    private final String threadName;
    private ExecutorService executor;

    private LoopbackServer(HttpServer server, String threadName) {
        this.server = server;
        this.threadName = threadName;
    }

    /**
     * Binds (without serving yet: a simulator may need its port to build its handler).
     *
     * @param who for messages and thread names, e.g. {@code INSi}
     */
    public static LoopbackServer bind(InetSocketAddress bindAddress, String who) throws IOException {
        if (bindAddress.getAddress() == null || !bindAddress.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the " + who + " simulator binds to loopback only, not " + bindAddress);
        }
        return new LoopbackServer(LoopbackServers.create(bindAddress), who.toLowerCase(Locale.ROOT) + "-simulator");
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * Serves every path with {@code handler}. Several threads: a « slow » mode must delay each request, not queue
     * every other one behind it.
     */
    public LoopbackServer serve(HttpHandler handler) {
        server.createContext("/", handler);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return this;
    }

    public void stop() {
        server.stop(0);
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
