package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what an unclean stop left half-done, before anything reads the database (issue 9, ADR 0003).
 *
 * <p>Measured with H2 2.5.252: a process killed while committing a large transaction (a 20,000-patient import)
 * leaves the transaction committed but not yet applied. The next open then shows part of it — 1,001 of 20,000
 * patients, 504 of 20,000 audit rows with the audit head already at 20,000 — and lock time-outs while H2 finishes the
 * commit in the background; a plain {@code SHUTDOWN} does not finish it. {@code SHUTDOWN COMPACT} does: it completes
 * the pending commit and rewrites the file, after which every open sees all 20,000 rows and an intact audit chain.
 * The first write after that compaction still fails once ({@code MVStoreException: Map null(130) is closed}, the
 * store then closes itself — what the issue saw as « Unable to lock table FLYWAY_HISTORY_CORE »); the next open
 * writes normally. So recovery also makes that first write itself, on a throw-away temporary table, and opens again
 * until a write goes through.
 *
 * <p>So the first open after an unclean stop ({@link DataDirectoryLock#previousHolderStoppedUncleanly()}) opens the
 * file alone on one connection, runs {@code SHUTDOWN COMPACT}, and only then lets the pool, the migrations and the
 * audit check in. It costs about the time of a compaction (7 s for a 260 MB file on a loaded 2-core machine), once,
 * after a crash.
 */
final class H2Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(H2Recovery.class);
    private static final String SHUTDOWN_COMPACT = "SHUTDOWN COMPACT";
    private static final String PROBE_TABLE = "CREATE LOCAL TEMPORARY TABLE galien_recovery_probe (x INT)";
    private static final String PROBE_INSERT = "INSERT INTO galien_recovery_probe VALUES (1)";
    /** Opens after the compaction until one writes cleanly (the first write fails once, see the class comment). */
    private static final int PROBE_ATTEMPTS = 3;
    /** H2 error code 90020: database already in use by a process that ignored our lock file. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private H2Recovery() {
    }

    /**
     * Completes H2's recovery of {@code settings}' file. A file that does not open at all is left to the normal open,
     * which reports it ({@code CORE-0005}); a full disk is reported here ({@code CORE-0009}).
     */
    static void complete(DatabaseSettings settings, String url, String password) {
        Path file = settings.h2File();
        long start = System.nanoTime();
        long before = sizeOf(file);
        try (Connection connection = DriverManager.getConnection(url, H2ConnectionSource.USER, password);
             PreparedStatement compact = connection.prepareStatement(SHUTDOWN_COMPACT)) {
            compact.execute();
        } catch (SQLException e) {
            if (DiskSpace.isDiskFull(e)) {
                throw DiskSpace.full(settings.dataDirectory(), before, e);
            }
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new SegurException(CoreError.CORE_0004, e, settings.dataDirectory(), "un autre programme");
            }
            // a wrong key (90049) is reported by the normal open too (CORE-0016)
            LOG.warn("Crash recovery of the H2 file failed (error {}); the normal open reports it", e.getErrorCode());
            return;
        }
        probeWrites(url, password);
        long after = sizeOf(file);
        H2Compaction.recordCompactedSize(file, after);
        LOG.info("Recovered after an unclean stop: H2 file {} KB -> {} KB in {} ms", before / 1024, after / 1024,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Opens until one throw-away write goes through (after a compaction the first one can fail once). */
    static void probeWrites(String url, String password) {
        for (int attempt = 1; attempt <= PROBE_ATTEMPTS; attempt++) {
            try (Connection connection = DriverManager.getConnection(url, H2ConnectionSource.USER, password)) {
                connection.setAutoCommit(false);
                try (PreparedStatement table = connection.prepareStatement(PROBE_TABLE)) {
                    table.execute();
                }
                try (PreparedStatement insert = connection.prepareStatement(PROBE_INSERT)) {
                    insert.executeUpdate();
                }
                connection.commit();
                return;
            } catch (SQLException e) {
                LOG.info("Write probe {} after recovery failed (error {}); opening again", attempt, e.getErrorCode());
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
