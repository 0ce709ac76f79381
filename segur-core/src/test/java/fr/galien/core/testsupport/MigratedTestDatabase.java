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
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A bare H2 database with the core migrations applied, for tests that need only {@link Transactions} and plain
 * connections (audit, outbox) and not the full {@code Database}. Each call opens its own connection, as the real
 * pool does, so concurrency tests exercise real locks.
 */
public final class MigratedTestDatabase implements Transactions, AutoCloseable {

    private static final String SHUTDOWN = "SHUTDOWN";

    private final String url;
    private final Connection keepAlive;

    private MigratedTestDatabase(String url) {
        this.url = url;
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/core")
                .table("flyway_history_core")
                .load()
                .migrate();
        try {
            keepAlive = open();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A private in-memory database; a long lock timeout so concurrency tests wait instead of failing. */
    public static MigratedTestDatabase inMemory() {
        return new MigratedTestDatabase("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    }

    /** A file database in {@code directory}, to simulate a restart: close it and open it again. */
    public static MigratedTestDatabase inDirectory(Path directory) {
        return new MigratedTestDatabase("jdbc:h2:file:" + directory.resolve("galien").toAbsolutePath()
                + ";LOCK_TIMEOUT=20000");
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
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

    @Override
    public void close() throws SQLException {
        try (PreparedStatement shutdown = keepAlive.prepareStatement(SHUTDOWN)) {
            shutdown.execute();
        } finally {
            keepAlive.close();
        }
    }
}
