package fr.galien.core.audit;

import fr.galien.core.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Read-only views of the audit trail for the UI and the CLI, newest first. */
public final class AuditQueries {

    private static final String COLUMNS = "seq, occurred_at, user_id, role, workstation_id, patient_id, action, "
            + "outcome, detail";
    private static final String FOR_PATIENT = "SELECT " + COLUMNS
            + " FROM audit_event WHERE patient_id = ? ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";
    private static final String LATEST = "SELECT " + COLUMNS
            + " FROM audit_event ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";

    /** Oldest first, after a sequence number and from a time: exports and syslog forwarding (issue 14). */
    private static final String SINCE = "SELECT " + COLUMNS + " FROM audit_event WHERE seq > ? AND occurred_at >= ? "
            + "ORDER BY seq FETCH FIRST ? ROWS ONLY";
    /** Same, authentication traces only (the actions of {@link SyslogFormat#AUTHENTICATION}). */
    private static final String AUTHENTICATION_SINCE = "SELECT " + COLUMNS + " FROM audit_event WHERE seq > ? "
            + "AND occurred_at >= ? AND action IN ('LOGIN', 'LOGOUT', 'LOGIN_FAILED', 'LOCK', 'UNLOCK', "
            + "'ACCOUNT_LOCK', 'ACCOUNT_DISABLE', 'PASSWORD_RESET', 'PASSWORD_CHANGE') ORDER BY seq FETCH FIRST ? ROWS ONLY";

    private AuditQueries() {
    }

    /** Who touched this patient's file, newest first. */
    public static List<AuditRecord> forPatient(Connection connection, UUID patientId, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FOR_PATIENT)) {
            select.setObject(1, patientId);
            select.setInt(2, checkLimit(limit));
            return read(select);
        }
    }

    /** The most recent events of the whole trail, newest first. */
    public static List<AuditRecord> latest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LATEST)) {
            select.setInt(1, checkLimit(limit));
            return read(select);
        }
    }

    /**
     * Rows with a sequence number above {@code afterSeq} that occurred at or after {@code from}, oldest first.
     *
     * @param authenticationOnly only the authentication traces ({@link SyslogFormat#AUTHENTICATION})
     */
    public static List<AuditRecord> since(Connection connection, long afterSeq, Instant from,
                                          boolean authenticationOnly, int limit) throws SQLException {
        if (authenticationOnly) {
            try (PreparedStatement select = connection.prepareStatement(AUTHENTICATION_SINCE)) {
                return readSince(select, afterSeq, from, limit);
            }
        }
        try (PreparedStatement select = connection.prepareStatement(SINCE)) {
            return readSince(select, afterSeq, from, limit);
        }
    }

    private static List<AuditRecord> readSince(PreparedStatement select, long afterSeq, Instant from,
                                               int limit) throws SQLException {
        select.setLong(1, afterSeq);
        select.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        select.setInt(3, checkLimit(limit));
        return read(select);
    }

    private static int checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return limit;
    }

    private static List<AuditRecord> read(PreparedStatement select) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                records.add(new AuditRecord(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getString(3), Role.valueOf(row.getString(4)), row.getString(5),
                        row.getObject(6, UUID.class), AuditAction.valueOf(row.getString(7)),
                        AuditOutcome.valueOf(row.getString(8)), row.getString(9)));
            }
        }
        return records;
    }
}
