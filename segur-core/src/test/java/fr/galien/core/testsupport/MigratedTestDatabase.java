package fr.galien.core.testsupport;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.storage.SqlFunction;
import fr.galien.core.storage.Transactions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A bare database with the core migrations applied, for tests that need only {@link Transactions} and plain
 * connections (audit, outbox) and not the full {@code Database}: H2 in memory or in a directory, or PostgreSQL when
 * {@code GALIEN_TEST_PG_URL} (+ {@code _USER}, {@code _PASSWORD}) is set, in a schema of its own dropped on close.
 * Each call opens its own connection, as a pool would, so concurrency tests exercise real locks.
 */
public final class MigratedTestDatabase implements Transactions, AutoCloseable {

    private static final String SHUTDOWN = "SHUTDOWN";

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Connection keepAlive;

    private MigratedTestDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        flyway().migrate();
        try {
            keepAlive = open();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A private in-memory H2 database; a long lock timeout so concurrency tests wait instead of failing. */
    public static MigratedTestDatabase inMemory() {
        return new MigratedTestDatabase("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa", "", null);
    }

    /** An H2 file database in {@code directory}; {@link #restarted()} closes and reopens it like a new process. */
    public static MigratedTestDatabase inDirectory(Path directory) {
        return new MigratedTestDatabase("jdbc:h2:file:" + directory.resolve("galien").toAbsolutePath()
                + ";LOCK_TIMEOUT=20000", "sa", "", null);
    }

    /** A fresh schema on the PostgreSQL server named by the environment, or the test is skipped with a message. */
    public static MigratedTestDatabase postgresqlOrSkip() {
        String url = System.getenv("GALIEN_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "GALIEN_TEST_PG_URL is not set: PostgreSQL tests skipped (.ci/run sets it)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new MigratedTestDatabase(withSchema, System.getenv("GALIEN_TEST_PG_USER"),
                System.getenv("GALIEN_TEST_PG_PASSWORD"), schema);
    }

    public boolean isPostgresql() {
        return schema != null;
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public <T> T inTransaction(SqlFunction<T> work) {
        try (Connection connection = open()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SegurException(CoreError.CORE_0008, e, e.getMessage());
        }
    }

    /** Runs one statement in its own transaction (test set-up and tampering). */
    public int update(String sql, Object... args) {
        return inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    /** The same stored data seen by a new process: every connection of this one closed first. */
    public MigratedTestDatabase restarted() throws SQLException {
        release();
        return new MigratedTestDatabase(url, user, password, schema);
    }

    /** Closes; on PostgreSQL also drops the schema. */
    @Override
    public void close() throws SQLException {
        release();
        if (isPostgresql()) {
            flyway().clean();
        }
    }

    private void release() throws SQLException {
        try {
            if (!isPostgresql()) {
                try (PreparedStatement shutdown = keepAlive.prepareStatement(SHUTDOWN)) {
                    shutdown.execute();
                }
            }
        } finally {
            keepAlive.close();
        }
    }

    private Flyway flyway() {
        var configuration = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/core")
                .table("flyway_history_core")
                .cleanDisabled(!isPostgresql());
        if (isPostgresql()) {
            configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return configuration.load();
    }
}
