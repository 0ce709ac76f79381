package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the database lives: an H2 data directory on this workstation, or a PostgreSQL server shared by several.
 *
 * <p>Every path and URL is checked before anything opens it: H2 executes SQL found in {@code ;INIT=} (and
 * {@code RUNSCRIPT}, {@code CREATE ALIAS} let that SQL run Java), which is CVE-2022-23221. We refuse those fragments
 * (also percent-encoded), any H2 URL carrying settings of its own ({@code ;}: we add ours), and any other driver.
 *
 * @param dataDirectory the H2 data directory (absolute), or null for PostgreSQL
 * @param url           the PostgreSQL JDBC URL, or null for H2
 */
public record DatabaseSettings(Path dataDirectory, String url, String user, String password) {

    /** Base name of the H2 files in the data directory ({@code galien.mv.db}). */
    public static final String H2_DATABASE_NAME = "galien";

    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("INIT\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("RUNSCRIPT", Pattern.CASE_INSENSITIVE),
            Pattern.compile("CREATE\\s+ALIAS", Pattern.CASE_INSENSITIVE));

    public DatabaseSettings {
        if ((dataDirectory == null) == (url == null)) {
            throw new IllegalArgumentException("exactly one of dataDirectory and url");
        }
        if (dataDirectory != null) {
            refuseForbidden(dataDirectory.toString());
            if (dataDirectory.toString().indexOf(';') >= 0) {
                throw new SegurException(CoreError.CORE_0003, ";");
            }
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
        } else {
            refuseForbidden(url);
            if (!url.startsWith(POSTGRESQL_PREFIX)) {
                throw new SegurException(CoreError.CORE_0003, prefixOf(url));
            }
        }
    }

    /** An embedded H2 database in {@code directory} (created if absent when opened). */
    public static DatabaseSettings forDataDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new DatabaseSettings(directory, null, null, null);
    }

    /**
     * A JDBC URL: {@code jdbc:postgresql:...}, or {@code jdbc:h2:file:<dir>/galien} without settings (then the same as
     * {@link #forDataDirectory} on {@code <dir>}).
     */
    public static DatabaseSettings forUrl(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        refuseForbidden(url);
        if (url.regionMatches(true, 0, H2_FILE_PREFIX, 0, H2_FILE_PREFIX.length())) {
            String file = url.substring(H2_FILE_PREFIX.length());
            if (file.indexOf(';') >= 0) {
                throw new SegurException(CoreError.CORE_0003, file.substring(file.indexOf(';')));
            }
            Path path = Path.of(file);
            if (path.getFileName() == null || !H2_DATABASE_NAME.equals(path.getFileName().toString())
                    || path.getParent() == null) {
                throw new SegurException(CoreError.CORE_0003, file);
            }
            return forDataDirectory(path.getParent());
        }
        return new DatabaseSettings(null, url, user, password);
    }

    public Database.Engine engine() {
        return dataDirectory != null ? Database.Engine.H2 : Database.Engine.POSTGRESQL;
    }

    /** The URL handed to the driver: ours for H2 (trap 1 of stack.md: {@code WRITE_DELAY=0}), the user's for PG. */
    String jdbcUrl() {
        if (dataDirectory == null) {
            return url;
        }
        // WRITE_DELAY=0: H2's default 500 ms delay lost acknowledged commits on kill -9 in 18 of 20 runs; 0 lost none.
        // REUSE_SPACE=FALSE: under CPU load, a whole run's commits written into reused space were missed by recovery
        // after kill -9 (crash test); append-only writes were not lost. The file is compacted at clean close (ADR 0003).
        // CIPHER=AES: the file is encrypted with the data directory's key, kept outside it (ADR 0033).
        return clearJdbcUrl() + ";CIPHER=" + H2Encryption.CIPHER;
    }

    /** The URL of a clear (not yet encrypted) file: crash recovery before its one-time encryption (ADR 0033). */
    String clearJdbcUrl() {
        // TRACE_LEVEL_FILE=0: H2's own trace file (galien.trace.db) would keep failed statements with their values —
        // patient names in clear beside the encrypted file (ADR 0033); our logs record SQLSTATEs, never values.
        return H2_FILE_PREFIX + dataDirectory.resolve(H2_DATABASE_NAME)
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0";
    }

    /** The H2 database file ({@code galien.mv.db}) in the data directory; H2 only. */
    public Path h2File() {
        return dataDirectory.resolve(H2_DATABASE_NAME + ".mv.db");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return dataDirectory != null ? "H2 " + dataDirectory : "PostgreSQL " + url + (user == null ? "" : " (" + user + ")");
    }

    private static void refuseForbidden(String text) {
        for (String form : List.of(text, decoded(text))) {
            for (Pattern pattern : FORBIDDEN) {
                Matcher matcher = pattern.matcher(form);
                if (matcher.find()) {
                    throw new SegurException(CoreError.CORE_0003, matcher.group().toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    /** The percent-decoded form (twice, for double encoding); the raw text if it does not decode. */
    private static String decoded(String text) {
        String current = text;
        for (int round = 0; round < 2; round++) {
            try {
                current = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return current;
            }
        }
        return current;
    }

    private static String prefixOf(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second > 0 ? url.substring(0, second + 1) : url;
    }
}
