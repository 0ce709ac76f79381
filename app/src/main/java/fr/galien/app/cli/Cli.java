package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.core.error.SegurException;
import java.io.BufferedReader;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the {@code galien} command line. Exit codes are a contract for scripts: 0 done, 1 refused (a French
 * message with its code on stderr), 2 usage error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new GalienCommand(), args, out, err);
    }

    /** With {@code stdin} as standard input and no console: passwords are read one line each (tests, scripts). */
    public static int run(String[] args, BufferedReader stdin, PrintWriter out, PrintWriter err) {
        return run(new GalienCommand(new SecretReader(stdin, null)), args, out, err);
    }

    private static int run(GalienCommand root, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof SegurException segur) {
                // The code goes to the log, the sentence to the user; no stack trace for a refusal.
                LOG.info("Refused: {}", segur.code());
                cmd.getErr().println(segur.getMessage());
            } else {
                LOG.error("Unexpected failure in command {}", cmd.getCommandName(), exception);
                cmd.getErr().println(new SegurException(AppError.APP_0006, exception.getClass().getSimpleName())
                        .getMessage());
            }
            cmd.getErr().flush();
            return REFUSED;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
