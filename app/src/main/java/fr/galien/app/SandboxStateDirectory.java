package fr.galien.app;

import fr.galien.core.storage.DataDirectories;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the in-process simulators keep their state (docs/sandbox.md): one folder per user of the machine, whatever
 * the practice ({@code --data-dir}), so flows cross practices and processes as with the national services (the demo
 * cabinet prescribes, the demo pharmacy dispenses; a document sent to the DMP yesterday is there today).
 *
 * <p>In order: {@code galien sandbox --state DIR} (the caller's), the system property {@value #PROPERTY} (set by the
 * build for the tests), the environment variable {@value #ENV}, else {@code galien-sandbox} next to the default data
 * directory ({@link DataDirectories}): {@code ~/.local/share/galien-sandbox} on Linux,
 * {@code ~/Library/Application Support/galien-sandbox} on macOS, {@code %APPDATA%\galien-sandbox} on Windows.
 */
public final class SandboxStateDirectory {

    public static final String ENV = "GALIEN_SANDBOX_STATE";
    public static final String PROPERTY = "galien.sandbox.state";
    public static final String FOLDER = "galien-sandbox";

    private SandboxStateDirectory() {
    }

    /** This user's sandbox state folder. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), DataDirectories.defaultDirectory());
    }

    /** Pure: the property, the environment and the default data directory given. */
    static Path resolve(String property, Map<String, String> env, Path defaultDataDirectory) {
        if (property != null && !property.isBlank()) {
            return Path.of(property.strip()).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath();
        }
        return defaultDataDirectory.resolveSibling(FOLDER).toAbsolutePath();
    }
}
