package fr.galien.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses where the log goes before logback starts (issue 9, deliverable 5): stdout belongs to the command's output
 * ({@code version --json} must stay JSON), so logback's own status messages are silenced, and when the log folder
 * cannot be written the log moves to the temporary folder — or is switched off — with one French line on stderr.
 *
 * <p>logback.xml reads {@code GALIEN_LOG_DIR} and {@code GALIEN_LOG_LEVEL} from system properties first, then from
 * the environment; this class sets the properties.
 */
public final class LogSetup {

    static final String LOG_DIR = "GALIEN_LOG_DIR";
    static final String PID = "GALIEN_PID";
    static final String LOG_LEVEL = "GALIEN_LOG_LEVEL";
    private static final String STATUS_LISTENER = "logback.statusListenerClass";
    private static final String NOP_LISTENER = "ch.qos.logback.core.status.NopStatusListener";

    private LogSetup() {
    }

    /** Call first in {@code main}, before anything logs (the user directory's log: no data directory known). */
    public static void configure(PrintWriter err) {
        configure(err, new String[0]);
    }

    /**
     * Call first in {@code main}, before anything logs: the log goes to {@code <data-dir>/logs} of the data directory
     * the command works on ({@code --data-dir}, else {@code $GALIEN_DATA_DIR}, else the per-OS default), unless
     * {@code GALIEN_LOG_DIR} says otherwise; every line carries the process id.
     */
    public static void configure(PrintWriter err, String[] args) {
        System.setProperty(STATUS_LISTENER, System.getProperty(STATUS_LISTENER, NOP_LISTENER));
        System.setProperty(PID, Long.toString(ProcessHandle.current().pid()));
        Path wanted = wantedDirectory(System.getenv(), System.getProperty(LOG_DIR), dataDirectory(args,
                System.getenv()));
        choose(wanted, Path.of(System.getProperty("java.io.tmpdir"), "galien-logs-"
                + System.getProperty("user.name", "utilisateur"))).ifPresent(warning -> {
                    err.println(warning);
                    err.flush();
                });
    }

    static Path wantedDirectory(Map<String, String> env, String property, Path dataDirectory) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String fromEnv = env.get(LOG_DIR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataDirectory.resolve("logs");
    }

    /** The data directory the command line names, as {@code GalienCommand#resolvedDataDir} will resolve it. */
    static Path dataDirectory(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--data-dir=") && arg.length() > "--data-dir=".length()) {
                return Path.of(arg.substring("--data-dir=".length())).toAbsolutePath();
            }
            if (arg.equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]).toAbsolutePath();
            }
        }
        String fromEnv = env.get("GALIEN_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return fr.galien.core.storage.DataDirectories.defaultDirectory();
    }

    /**
     * Uses {@code wanted} when it can be written, else {@code fallback}, else switches logging off.
     *
     * @return the one-line French warning to print, when the log is not where it was wanted
     */
    static Optional<String> choose(Path wanted, Path fallback) {
        if (writable(wanted)) {
            System.setProperty(LOG_DIR, wanted.toString());
            return Optional.empty();
        }
        if (writable(fallback)) {
            System.setProperty(LOG_DIR, fallback.toString());
            return Optional.of("Attention : le journal de Galien ne peut pas être écrit dans " + wanted
                    + " (dossier non accessible en écriture) ; il est écrit dans " + fallback + ".");
        }
        System.setProperty(LOG_DIR, fallback.toString());
        System.setProperty(LOG_LEVEL, "OFF");
        return Optional.of("Attention : le journal de Galien ne peut être écrit ni dans " + wanted + " ni dans "
                + fallback + " : il est désactivé pour cette commande.");
    }

    static boolean writable(Path directory) {
        try {
            Files.createDirectories(directory);
            if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
                return false;
            }
            Path probe = Files.createTempFile(directory, ".ecriture", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }
}
