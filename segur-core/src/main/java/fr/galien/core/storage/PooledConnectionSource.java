package fr.galien.core.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A tiny bounded pool for PostgreSQL: at most {@code max} connections out at once, idle ones reused after a
 * liveness check (a server restart must not leave the app with dead connections). Search-as-you-type cannot
 * afford a new PostgreSQL login per keystroke, which is why there is a pool at all.
 */
final class PooledConnectionSource implements ConnectionSource {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;
    private static final long BORROW_TIMEOUT_SECONDS = 30;

    private final String url;
    private final String user;
    private final String password;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    PooledConnectionSource(String url, String user, String password, int max) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.permits = new Semaphore(max, true);
    }

    @Override
    public Connection borrow() throws SQLException {
        try {
            if (!permits.tryAcquire(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("connection pool exhausted", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", "08001", e);
        }
        try {
            Connection reused;
            while ((reused = takeIdle()) != null) {
                if (reused.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                    return reused;
                }
                closeQuietly(reused);
            }
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    @Override
    public void release(Connection connection, boolean broken) {
        try {
            boolean reusable = !broken && !connection.isClosed();
            if (reusable) {
                connection.setAutoCommit(true);
            }
            synchronized (this) {
                if (reusable && !closed) {
                    idle.push(connection);
                    return;
                }
            }
            closeQuietly(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
        } finally {
            permits.release();
        }
    }

    private synchronized Connection takeIdle() throws SQLException {
        if (closed) {
            throw new SQLException("database closed", "08003");
        }
        return idle.poll();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(PooledConnectionSource::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
