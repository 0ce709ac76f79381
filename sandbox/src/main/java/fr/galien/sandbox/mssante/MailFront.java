package fr.galien.sandbox.mssante;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A loopback listener running one handler thread per connection (SMTP or IMAP front of the operator). */
abstract class MailFront {

    private static final Logger LOG = LoggerFactory.getLogger(MailFront.class);

    private final String name;
    private ServerSocket server;
    private ExecutorService connections;
    private final AtomicInteger sessions = new AtomicInteger();

    MailFront(String name) {
        this.name = name;
    }

    /** Serves one connection until it ends; the socket is closed afterwards. */
    protected abstract void serve(Socket socket) throws IOException;

    void start(int port) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        connections = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mssante-sim-" + name + "-" + sessions.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Thread acceptor = new Thread(this::acceptLoop, "mssante-sim-" + name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> {
                    try (socket) {
                        serve(socket);
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("MSSanté simulator {} session ended: {}", name, e.toString());
                    }
                });
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("MSSanté simulator {} accept failed", name, e);
                }
            }
        }
    }

    void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // stopping
        }
        if (connections != null) {
            connections.shutdownNow();
        }
    }
}
