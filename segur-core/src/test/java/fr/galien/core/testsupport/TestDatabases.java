package fr.galien.core.testsupport;

import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;

/**
 * Migrated databases for tests: H2 in a {@code @TempDir}, and PostgreSQL when {@code GALIEN_TEST_PG_URL} (with
 * {@code GALIEN_TEST_PG_USER}, {@code GALIEN_TEST_PG_PASSWORD}) names a server — each call gets a fresh schema
 * (dropped when the test JVM exits). Without the variable, PostgreSQL tests are skipped with a message.
 */
public final class TestDatabases {

    public static final String PG_URL = "GALIEN_TEST_PG_URL";
    public static final String PG_USER = "GALIEN_TEST_PG_USER";
    public static final String PG_PASSWORD = "GALIEN_TEST_PG_PASSWORD";
    public static final String SKIP_MESSAGE = "skipped: no GALIEN_TEST_PG_URL";

    private static final List<String> CREATED_SCHEMAS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreatedSchemas, "drop-test-schemas"));
    }

    private TestDatabases() {
    }

    /** A migrated H2 database in {@code directory}. */
    public static Database h2(Path directory) {
        return Database.open(DatabaseSettings.forDataDirectory(directory));
    }

    /** A migrated PostgreSQL database in a fresh schema; skips the test without {@code GALIEN_TEST_PG_URL}. */
    public static Database postgresql() {
        return Database.open(postgresqlSettings());
    }

    /** The database of {@code engine}: H2 in {@code directory}, or PostgreSQL in a fresh schema (or a skip). */
    public static Database open(Database.Engine engine, Path directory) {
        return engine == Database.Engine.H2 ? h2(directory) : postgresql();
    }

    /** Settings for a fresh, empty PostgreSQL schema (created here); skips the test without a server. */
    public static DatabaseSettings postgresqlSettings() {
        String url = System.getenv(PG_URL);
        Assumptions.assumeTrue(url != null && !url.isBlank(), SKIP_MESSAGE);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             // Test code only: a schema name cannot be a parameter; it is generated above from hex digits.
             PreparedStatement create = connection.prepareStatement("CREATE SCHEMA " + schema)) {
            create.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + url + " (" + e.getSQLState() + ")", e);
        }
        CREATED_SCHEMAS.add(schema);
        String separator = url.contains("?") ? "&" : "?";
        return DatabaseSettings.forUrl(url + separator + "currentSchema=" + schema, user(), password());
    }

    private static String user() {
        return System.getenv(PG_USER);
    }

    private static String password() {
        return System.getenv(PG_PASSWORD);
    }

    private static void dropCreatedSchemas() {
        String url = System.getenv(PG_URL);
        if (url == null || CREATED_SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user(), password())) {
            for (String schema : CREATED_SCHEMAS) {
                try (PreparedStatement drop = connection.prepareStatement("DROP SCHEMA " + schema + " CASCADE")) {
                    drop.execute();
                }
            }
        } catch (SQLException e) {
            // best effort: a CI server is thrown away anyway
        }
    }
}
