package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

/**
 * Turns an SQL failure into the one code that says what happened (issue 9: each cause its own code). The user sees
 * the SQLSTATE, never the driver's text (it can quote patient data).
 *
 * <ul>
 *   <li>{@code CORE-0009}: the disk is full (the text says so, or H2 failed on I/O with less than 1 MB free).</li>
 *   <li>{@code CORE-0008}: the database itself failed — connection (SQLSTATE class 08), database closed or broken,
 *       file I/O.</li>
 *   <li>{@code CORE-0014}: busy — lock time-out, deadlock, serialization failure; trying again may work.</li>
 *   <li>{@code CORE-0013}: the database refused this operation (constraint, data too long, anything else).</li>
 * </ul>
 */
public final class SqlFailures {

    /** Below this, an I/O failure of H2 is taken for a full disk. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;
    /** H2: database closed (90098), connection broken (90067), file I/O (90028, 90031), file corrupted (90030). */
    private static final Set<Integer> H2_DATABASE_FAILURES = Set.of(90098, 90067, 90028, 90031, 90030, 90121);
    private static final Set<Integer> H2_IO_FAILURES = Set.of(90028, 90031, 90098);
    /** H2: lock time-out (50200), deadlock (40001). */
    private static final Set<Integer> H2_BUSY = Set.of(50200, 40001);

    private SqlFailures() {
    }

    /**
     * @param dataDirectory the H2 data directory (to measure free space), or null on PostgreSQL
     */
    public static SegurException classify(SQLException e, Path dataDirectory) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String described = Database.describe(e);
        if (DiskSpace.isDiskFull(e) || "53100".equals(state)) { // 53100: PostgreSQL disk_full
            return DiskSpace.full(dataDirectory == null ? Path.of(".") : dataDirectory, 0, e);
        }
        if (dataDirectory != null && (H2_IO_FAILURES.contains(e.getErrorCode()) || "HY000".equals(state))) {
            long free = DiskSpace.usable(dataDirectory);
            if (free >= 0 && free < NEARLY_FULL_BYTES) {
                return DiskSpace.full(dataDirectory, 0, e);
            }
        }
        if (state.startsWith("08") || H2_DATABASE_FAILURES.contains(e.getErrorCode())) {
            return new SegurException(CoreError.CORE_0008, e, described);
        }
        if ("HYT00".equals(state) || "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)
                || H2_BUSY.contains(e.getErrorCode())) {
            return new SegurException(CoreError.CORE_0014, e, described);
        }
        return new SegurException(CoreError.CORE_0013, e, described);
    }
}
