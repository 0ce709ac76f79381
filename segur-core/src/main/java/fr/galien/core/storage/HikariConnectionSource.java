package fr.galien.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL connections from HikariCP: bounded, validated before reuse (a server restart must not leave the app
 * with dead connections), reset on return (auto-commit, isolation). Search-as-you-type cannot afford a new
 * PostgreSQL login per keystroke, which is why there is a pool at all. H2 keeps its own pool
 * ({@link H2ConnectionSource}).
 */
final class HikariConnectionSource implements ConnectionSource {

    private static final long CONNECTION_TIMEOUT_MILLIS = 30_000;
    private static final long VALIDATION_TIMEOUT_MILLIS = 2_000;

    private final HikariDataSource pool;

    HikariConnectionSource(String url, String user, String password, int max) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("galien-postgresql");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(max);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        config.setAutoCommit(true);
        // Do not fail while building the pool: Database.probe borrows the first connection and reports CORE-0008.
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
    }

    @Override
    public Connection borrow() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void release(Connection connection, boolean broken) {
        if (broken) {
            pool.evictConnection(connection);
            return;
        }
        try {
            connection.close(); // back to the pool, reset by Hikari
        } catch (SQLException ignored) {
            // Hikari drops a connection it cannot reset
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
