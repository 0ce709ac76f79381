package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The key the H2 file is encrypted with ({@code CIPHER=AES}, ADR 0033): 256 random bits, generated at the first
 * open of a data directory, kept OUTSIDE it so that a copy of the data folder (a stolen disk image of it, a folder
 * synchronised to the cloud, a forgotten USB copy) reads as noise.
 *
 * <p>The data directory only holds {@code galien.cle-id}, a random identifier that names the key file
 * {@code <key directory>/<id>.cle} (64 hexadecimal digits, {@code 0600} in a {@code 0700} folder). The key
 * directory is {@code -Dgalien.keyDirectory}, else {@code $GALIEN_KEY_DIR}, else the OS user's configuration folder
 * ({@link #defaultDirectory(String, Map, String)}).
 */
public final class DatabaseKey {

    /** In the data directory: which key file opens it (not a secret). */
    public static final String ID_FILE = "galien.cle-id";
    public static final String KEY_DIRECTORY_PROPERTY = "galien.keyDirectory";
    public static final String KEY_DIRECTORY_ENV = "GALIEN_KEY_DIR";
    static final String KEY_SUFFIX = ".cle";
    private static final int KEY_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final byte[] key;

    private DatabaseKey(String id, byte[] key) {
        this.id = id;
        this.key = key;
    }

    /** The key directory of this process: the system property, the environment variable, or the OS default. */
    public static Path directory() {
        String property = System.getProperty(KEY_DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String env = System.getenv(KEY_DIRECTORY_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return defaultDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * Linux and other Unixes: {@code $XDG_CONFIG_HOME/galien/cles}, else {@code ~/.config/galien/cles}. macOS:
     * {@code ~/Library/Preferences/Galien/cles}. Windows: {@code %LOCALAPPDATA%\Galien\cles} (local, never roaming
     * with the profile; the data are in {@code %APPDATA%}), else {@code ~\AppData\Local\Galien\cles}.
     */
    public static Path defaultDirectory(String osName, Map<String, String> env, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            if (local != null && !local.isBlank()) {
                return Path.of(local, "Galien", "cles");
            }
            return Path.of(userHome, "AppData", "Local", "Galien", "cles");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Preferences", "Galien", "cles");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg, "galien", "cles");
        }
        return Path.of(userHome, ".config", "galien", "cles");
    }

    /** True when {@code dataDirectory} names a key ({@code galien.cle-id} present). */
    public static boolean assigned(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(ID_FILE));
    }

    /**
     * The key of {@code dataDirectory}, created (key file first, then the id file, each written atomically) when the
     * directory names none yet. Call only while holding the directory's lock.
     *
     * @throws SegurException {@code CORE-0015} the id names a key file that is absent, {@code CORE-0017} the key
     *                        file is unreadable, malformed, or cannot be written
     */
    public static DatabaseKey loadOrCreate(Path dataDirectory) {
        if (assigned(dataDirectory)) {
            return load(dataDirectory);
        }
        String id = UUID.randomUUID().toString();
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        Path keyFile = directory().resolve(id + KEY_SUFFIX);
        try {
            PrivateFiles.createDirectory(keyFile.getParent());
            writeDurably(keyFile, HexFormat.of().formatHex(key));
        } catch (IOException e) {
            throw new SegurException(CoreError.CORE_0017, e, keyFile, e.getClass().getSimpleName());
        }
        Path idFile = dataDirectory.resolve(ID_FILE);
        try {
            writeDurably(idFile, id);
        } catch (IOException e) {
            throw new SegurException(CoreError.CORE_0012, e, dataDirectory, e.getClass().getSimpleName());
        }
        return new DatabaseKey(id, key);
    }

    /**
     * The key {@code dataDirectory} names.
     *
     * @throws SegurException {@code CORE-0015} no id file or no key file, {@code CORE-0017} unreadable or malformed
     */
    public static DatabaseKey load(Path dataDirectory) {
        Path idFile = dataDirectory.resolve(ID_FILE);
        Path keyDirectory = directory();
        String id;
        try {
            id = Files.readString(idFile, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new SegurException(CoreError.CORE_0015, e, dataDirectory, idFile + " (absent)");
        } catch (IOException e) {
            throw new SegurException(CoreError.CORE_0017, e, idFile, e.getClass().getSimpleName());
        }
        if (!ID.matcher(id).matches()) {
            throw new SegurException(CoreError.CORE_0017, idFile, "identifiant de clé invalide");
        }
        Path keyFile = keyDirectory.resolve(id + KEY_SUFFIX);
        String hex;
        try {
            hex = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new SegurException(CoreError.CORE_0015, e, dataDirectory, keyFile.toString());
        } catch (IOException e) {
            throw new SegurException(CoreError.CORE_0017, e, keyFile, e.getClass().getSimpleName());
        }
        if (!HEX_KEY.matcher(hex).matches()) {
            throw new SegurException(CoreError.CORE_0017, keyFile, "contenu invalide (64 chiffres hexadécimaux attendus)");
        }
        try {
            PrivateFiles.restrictFile(keyFile);
        } catch (IOException e) {
            // readable by us is what matters here; the permissions are tightened at the next start
        }
        return new DatabaseKey(id, HexFormat.of().parseHex(hex));
    }

    /**
     * A key carried by a backup (ADR 0033): only used to re-encrypt a restored copy under the data directory's own
     * key, never written to disk.
     */
    public static DatabaseKey carried(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("key length");
        }
        return new DatabaseKey(null, key.clone());
    }

    /** Makes {@code copyDirectory} (a restore's working folder) name the same key as {@code dataDirectory}. */
    public void assignTo(Path copyDirectory) throws IOException {
        if (id == null) {
            throw new IllegalStateException("a carried key names no key file");
        }
        writeDurably(copyDirectory.resolve(ID_FILE), id);
    }

    /** The key file this key was read from (a carried key has none: null). */
    public Path file() {
        return id == null ? null : directory().resolve(id + KEY_SUFFIX);
    }

    /** The 32 key bytes, copied (a backup carries them, encrypted under its passphrase). */
    public byte[] bytes() {
        return key.clone();
    }

    /** H2's file password: the key in hexadecimal. */
    char[] filePassword() {
        return HexFormat.of().formatHex(key).toCharArray();
    }

    /** What H2 takes as the password of an encrypted file: "filePassword userPassword" (our user password is empty). */
    String h2Password() {
        return new String(filePassword()) + " " + H2ConnectionSource.PASSWORD;
    }

    /** Constant-time comparison of the key bytes. */
    public boolean sameKeyAs(DatabaseKey other) {
        return MessageDigest.isEqual(key, other.key);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "DatabaseKey[" + (id == null ? "portée par une sauvegarde" : id) + "]";
    }

    /** Writes {@code text} to a temporary sibling (owner-only), forces it, renames it over {@code file}. */
    private static void writeDurably(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.write(temporary, text.getBytes(StandardCharsets.US_ASCII));
            PrivateFiles.restrictFile(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(file.getParent());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself
        }
    }
}
