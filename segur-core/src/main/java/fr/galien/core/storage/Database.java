package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that opens the database: checks the settings, takes the data-directory lock (H2), opens a small
 * pool, refuses a corrupt file, and brings the schema up to date with the core migrations. Modules then call
 * {@link #migrate(String, String)} with their own migrations.
 */
public final class Database implements Transactions, AutoCloseable {

    public enum Engine { H2, POSTGRESQL }

    public static final String CORE_MIGRATIONS = "classpath:db/migration/core";
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final int POSTGRESQL_POOL_SIZE = 4;
    /** H2 error code 90020: database already in use by a process that ignored our lock file. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2 error code 90049: the file does not decrypt with the key given (ADR 0033). */
    private static final int H2_WRONG_KEY = 90049;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * Run after each committing H2 transaction (ADR 0003): the commit is acknowledged only once it is on disk, which
     * a pulled plug needs ({@code WRITE_DELAY=0} alone stops at the OS cache). About 0.7 ms per commit.
     */
    private static final String CHECKPOINT_SYNC = "CHECKPOINT SYNC";
    private static final String SHUTDOWN_COMPACT = "SHUTDOWN COMPACT";

    private final DatabaseSettings settings;
    /** Replaced after an online compaction (ADR 0003): the old pool's connections died with the shutdown. */
    private volatile ConnectionSource connections;
    /**
     * Held shared by every transaction and migration, exclusively by an online compaction: it waits for the
     * transactions in flight and holds new ones for the seconds the compaction takes.
     */
    private final ReentrantReadWriteLock maintenance = new ReentrantReadWriteLock();
    /** When the H2 file has outgrown its bound (ADR 0003); null on PostgreSQL. */
    private final H2FileBound bound;
    private final DataDirectoryLock lock;
    /** The H2 file's key (ADR 0033); null on PostgreSQL. */
    private final DatabaseKey key;
    private volatile boolean closed;

    private Database(DatabaseSettings settings, ConnectionSource connections, DataDirectoryLock lock,
            DatabaseKey key) {
        this.settings = settings;
        this.connections = connections;
        this.lock = lock;
        this.key = key;
        this.bound = settings.engine() == Engine.H2 ? new H2FileBound(settings.h2File()) : null;
    }

    /**
     * Opens the database and applies the core migrations.
     *
     * @throws SegurException {@code CORE-0004} data directory held by another process (named),
     *                        {@code CORE-0005} corrupt or unreadable H2 file (the message gives the restore command),
     *                        {@code CORE-0008} server unreachable, {@code CORE-0009} disk full, {@code CORE-0010..12}
     *                        data directory unusable, {@code STO-0003} a migration failed
     */
    public static Database open(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.engine() == Engine.H2) {
            return openH2(settings);
        }
        ConnectionSource source = new HikariConnectionSource(settings.url(), settings.user(), settings.password(),
                POSTGRESQL_POOL_SIZE);
        Database database = new Database(settings, source, null, null);
        try {
            database.probe(false, false);
            database.migrate("core", CORE_MIGRATIONS);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Database openH2(DatabaseSettings settings) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(settings.dataDirectory());
        Database database;
        boolean existed;
        boolean encrypted;
        try {
            // Never read, never blocking: what a killed restore or encryption left behind goes first (ADR 0015, 0033).
            RestoreLeftovers.removeAll(settings.dataDirectory());
            PrivateFiles.restrictTree(settings.dataDirectory());
            H2Encryption.Format format = H2Encryption.format(settings.h2File());
            existed = format != H2Encryption.Format.ABSENT;
            encrypted = format == H2Encryption.Format.ENCRYPTED || format == H2Encryption.Format.CLEAR;
            // An encrypted file needs the key it names; a clear or new one gets a key now (ADR 0033).
            DatabaseKey key = format == H2Encryption.Format.ENCRYPTED ? DatabaseKey.load(settings.dataDirectory()) : DatabaseKey.loadOrCreate(settings.dataDirectory());
            if (existed && lock.previousHolderStoppedUncleanly()) {
                boolean clear = format == H2Encryption.Format.CLEAR;
                H2Recovery.complete(settings, clear ? settings.clearJdbcUrl() : settings.jdbcUrl(),
                        clear ? H2ConnectionSource.PASSWORD : key.h2Password());
            }
            if (format == H2Encryption.Format.CLEAR) {
                H2Encryption.encryptClearDatabase(settings, key);
            }
            database = new Database(settings, new H2ConnectionSource(settings.jdbcUrl(), key.h2Password()), lock,
                    key);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            database.probe(existed, encrypted);
            database.migrate("core", CORE_MIGRATIONS);
            PrivateFiles.restrictTree(settings.dataDirectory());
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** First connection: on H2 this is where a damaged file shows. */
    private void probe(boolean h2FileExisted, boolean encryptedHeader) {
        try {
            Connection connection = borrow();
            connections.release(connection, false);
        } catch (SQLException e) {
            if (settings.engine() == Engine.H2 && e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new SegurException(CoreError.CORE_0004, e, settings.dataDirectory(), "un autre programme");
            }
            if (DiskSpace.isDiskFull(e)) {
                throw SqlFailures.classify(e, settings.dataDirectory());
            }
            if (encryptedHeader && e.getErrorCode() == H2_WRONG_KEY) {
                // an intact encryption header that our key does not open; a garbled header is a damaged file below
                throw new SegurException(CoreError.CORE_0016, e, settings.h2File(), key.file());
            }
            if (h2FileExisted) {
                LOG.error("H2 file {} could not be opened (error {})", settings.h2File(), e.getErrorCode(), e);
                throw new SegurException(CoreError.CORE_0005, e, settings.h2File());
            }
            // PostgreSQL server unreachable or refusing the login; a new H2 file that cannot be created
            throw new SegurException(CoreError.CORE_0008, e, describe(e));
        }
    }

    /**
     * Applies a module's Flyway migrations, recorded in its own history table {@code flyway_history_<moduleId>}.
     *
     * @param moduleId lower-case letters, digits and {@code _} (it names a table)
     * @param location a Flyway location such as {@code classpath:db/migration/dmp}
     */
    public void migrate(String moduleId, String location) {
        if (moduleId == null || !MODULE_ID.matcher(moduleId).matches()) {
            throw new SegurException(StorageError.STO_0005, String.valueOf(moduleId));
        }
        maintenance.readLock().lock();
        try {
            flyway(moduleId, location).migrate();
        } catch (FlywayException e) {
            LOG.error("Migrations of module {} failed", moduleId, e);
            if (DiskSpace.isDiskFull(e)) {
                throw DiskSpace.full(settings.dataDirectory() == null ? Path.of(".") : settings.dataDirectory(), 0, e);
            }
            throw new SegurException(StorageError.STO_0003, e, moduleId + " : " + firstLine(e.getMessage()));
        } finally {
            maintenance.readLock().unlock();
        }
    }

    /** Flyway configured for one module; the history table name is what separates modules. */
    Flyway flyway(String moduleId, String location) {
        var configuration = Flyway.configure(Database.class.getClassLoader());
        if (settings.engine() == Engine.H2) {
            // a DataSource, not url/user/password: Flyway trims the password, and H2's "filePassword userPassword"
            // of an encrypted file ends with the (empty) user password after its space (ADR 0033)
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.jdbcUrl());
            h2.setUser(H2ConnectionSource.USER);
            h2.setPassword(key.h2Password());
            configuration.dataSource(h2);
        } else {
            configuration.dataSource(settings.jdbcUrl(), settings.user(), settings.password());
        }
        return configuration
                .locations(location)
                .table(historyTable(moduleId))
                // Modules share the schema: a module's first migration meets a non-empty schema without its table.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load();
    }

    /**
     * Flyway quotes the history table's name: upper case on H2 and lower case on PostgreSQL are what an unquoted
     * {@code flyway_history_core} means on each engine, so plain SQL (db check, tests) finds it on both.
     */
    private String historyTable(String moduleId) {
        String name = "flyway_history_" + moduleId;
        return settings.engine() == Engine.H2 ? name.toUpperCase(java.util.Locale.ROOT) : name;
    }

    @Override
    public <T> T inTransaction(SqlFunction<T> work) {
        return run(work, true);
    }

    /** Runs {@code work} and rolls back whatever it did: for reads, reports and verifications that must not write. */
    @Override
    public <T> T read(SqlFunction<T> work) {
        return run(work, false);
    }

    private <T> T run(SqlFunction<T> work, boolean commit) {
        T result;
        maintenance.readLock().lock();
        try {
            result = runShared(work, commit);
        } finally {
            maintenance.readLock().unlock();
        }
        if (commit) {
            compactIfOutgrown();
        }
        return result;
    }

    /**
     * Online compaction (issue 9 deliverable 8, ADR 0003): once the file has outgrown its bound, the transaction that
     * noticed it — already committed and on disk — waits for the others to finish, then {@code SHUTDOWN COMPACT}
     * rewrites the file to its live size and a new pool opens it again. Never from inside another transaction of
     * this thread (it would wait for itself); never thrown at the caller, whose work is already saved.
     */
    private void compactIfOutgrown() {
        if (bound == null || closed || maintenance.getReadHoldCount() > 0 || !bound.outgrown()) {
            return;
        }
        maintenance.writeLock().lock();
        try {
            if (closed || !bound.outgrown()) {
                return;
            }
            long before = bound.size();
            long start = System.nanoTime();
            shutdownCompact();
            connections.close();
            // the first write after a compaction can fail once while H2 closes the old store (H2Recovery)
            H2Recovery.probeWrites(settings.jdbcUrl(), key.h2Password());
            connections = new H2ConnectionSource(settings.jdbcUrl(), key.h2Password());
            // the compacted file is a new file: owner-only again
            PrivateFiles.restrictTree(settings.dataDirectory());
            long after = bound.compacted();
            LOG.info("H2 file compacted online from {} KB to {} KB in {} ms", before / 1024, after / 1024,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Online compaction failed ({}); the file is compacted at the next clean close",
                    e.getClass().getSimpleName());
        } finally {
            maintenance.writeLock().unlock();
        }
    }

    private <T> T runShared(SqlFunction<T> work, boolean commit) {
        if (closed) {
            throw new SegurException(CoreError.CORE_0008, "base fermée");
        }
        Connection connection;
        try {
            connection = borrow();
        } catch (SQLException e) {
            throw SqlFailures.classify(e, settings.dataDirectory());
        }
        boolean broken = false;
        try {
            connection.setAutoCommit(false);
            T result = work.apply(connection);
            if (commit) {
                connection.commit();
                if (settings.engine() == Engine.H2) {
                    try (PreparedStatement checkpoint = connection.prepareStatement(CHECKPOINT_SYNC)) {
                        checkpoint.execute();
                    }
                    connection.commit();
                }
            } else {
                connection.rollback();
            }
            return result;
        } catch (SQLException e) {
            broken = !rollback(connection) || isConnectionFailure(e);
            throw SqlFailures.classify(e, settings.dataDirectory());
        } catch (RuntimeException | Error e) {
            broken = !rollback(connection);
            throw e;
        } finally {
            connections.release(connection, broken);
        }
    }

    /** Every connection is taken here, after the {@link ThreadGuard} (no JDBC on the window's thread). */
    private Connection borrow() throws SQLException {
        ThreadGuard.check();
        return connections.borrow();
    }

    public Engine engine() {
        return settings.engine();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * Forces the H2 store to disk now ({@code CHECKPOINT SYNC}). Every committing transaction already does this;
     * it stays for maintenance code that wants an explicit flush. No-op on PostgreSQL, whose commits are durable
     * when acknowledged.
     */
    public void checkpointSync() {
        if (engine() != Engine.H2) {
            return;
        }
        inTransaction(connection -> {
            try (PreparedStatement checkpoint = connection.prepareStatement(CHECKPOINT_SYNC)) {
                checkpoint.execute();
            }
            return null;
        });
    }

    /**
     * The key the H2 file is encrypted with, for a backup to carry it under its passphrase (ADR 0033); empty on
     * PostgreSQL.
     */
    public Optional<DatabaseKey> fileKey() {
        return Optional.ofNullable(key);
    }

    /** The H2 data directory; empty on PostgreSQL. */
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(settings.dataDirectory());
    }

    /** Closes the pool (H2 closes its files with the last connection), then releases the data-directory lock. */
    private void shutdownCompact() {
        try {
            Connection connection = borrow();
            try (PreparedStatement compact = connection.prepareStatement(SHUTDOWN_COMPACT)) {
                compact.execute();
            } finally {
                connections.release(connection, true);
            }
        } catch (SQLException e) {
            // The database is closed either way; the next clean close tries again.
            LOG.warn("H2 compaction at close failed (error {})", e.getErrorCode());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (settings.engine() == Engine.H2) {
            maintenance.writeLock().lock();
            try {
                H2Compaction.compactIfGrown(this::shutdownCompact, settings.h2File());
            } finally {
                maintenance.writeLock().unlock();
            }
        }
        closed = true;
        try {
            connections.close();
            if (settings.engine() == Engine.H2) {
                PrivateFiles.restrictTree(settings.dataDirectory());
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static boolean rollback(Connection connection) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** SQLSTATE class 08: the connection itself failed, do not reuse it. */
    private static boolean isConnectionFailure(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    /** What the user may see of an SQL failure: its SQLSTATE, never the driver's text (it can quote patient data). */
    static String describe(SQLException e) {
        return "code SQL " + (e.getSQLState() == null ? "inconnu" : e.getSQLState());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
