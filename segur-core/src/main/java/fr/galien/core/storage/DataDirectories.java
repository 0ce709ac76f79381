package fr.galien.core.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Galien keeps its data when {@code --data-dir} is not given: the place each OS reserves for application data.
 * {@link #defaultDirectory(String, Map, String)} is a pure function so every OS is testable on any OS.
 */
public final class DataDirectories {

    private DataDirectories() {
    }

    /** The default data directory of this machine and user. */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * Linux and other Unixes: {@code $XDG_DATA_HOME/galien}, else {@code ~/.local/share/galien} (XDG base directory
     * spec: a relative XDG_DATA_HOME is invalid and ignored). macOS: {@code ~/Library/Application Support/Galien}.
     * Windows: {@code %APPDATA%\Galien}, else {@code ~\AppData\Roaming\Galien}.
     */
    public static Path defaultDirectory(String osName, Map<String, String> env, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return Path.of(appData, "Galien");
            }
            return Path.of(userHome, "AppData", "Roaming", "Galien");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Galien");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg, "galien");
        }
        return Path.of(userHome, ".local", "share", "galien");
    }
}
