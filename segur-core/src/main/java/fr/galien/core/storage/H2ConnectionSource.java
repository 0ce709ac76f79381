package fr.galien.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/** H2's own pool: the embedded database stays open while the pool keeps an idle connection. */
final class H2ConnectionSource implements ConnectionSource {

    static final String USER = "galien";
    static final String PASSWORD = "";
    private static final int MAX_CONNECTIONS = 8;

    private final JdbcConnectionPool pool;

    /** @param password H2's "filePassword userPassword" of an encrypted file (ADR 0033) */
    H2ConnectionSource(String url, String password) {
        this.pool = JdbcConnectionPool.create(url, USER, password);
        pool.setMaxConnections(MAX_CONNECTIONS);
    }

    @Override
    public Connection borrow() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void release(Connection connection, boolean broken) {
        try {
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException ignored) {
            // the pool drops a connection it cannot reset
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
