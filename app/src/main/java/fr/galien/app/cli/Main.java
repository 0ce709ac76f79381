package fr.galien.app.cli;

import fr.galien.app.LogSetup;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the galien jar (not a JavaFX Application subclass, so JavaFX works from the class path). It sits
 * with the commands it starts, above the composition root they use ({@code fr.galien.app}): no package cycle.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before any JDK HTTP server exists (sandbox, PSC loopback receiver): without TCP_NODELAY every keep-alive
        // request on loopback waits ~40 ms for a delayed ACK (docs/sandbox.md).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // Before anything logs: the log never reaches stdout, and an unwritable log folder is one line on stderr.
        LogSetup.configure(err, args);
        // Cli.run returns when the command is done; for the window, when it is closed.
        System.exit(Cli.run(args, out, err));
    }
}
