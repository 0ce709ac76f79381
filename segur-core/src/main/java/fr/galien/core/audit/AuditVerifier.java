package fr.galien.core.audit;

import fr.galien.core.i18n.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Walks the audit chain by sequence number and reports the first broken link ({@code galien audit verify}).
 *
 * <p>Checks, row by row: the sequence has no gap, each row cites its predecessor's hash, each row's hash matches its
 * content; then the head matches the last row and nothing was appended beyond it. The head is read first and only
 * rows up to it are checked, so appends committed while the walk runs are not mistaken for tampering.
 *
 * <p>Rows are streamed (fetch size), never loaded at once. PostgreSQL streams only outside auto-commit, so the
 * verifier turns auto-commit off for the walk and restores it afterwards.
 *
 * <p>An attacker with write access who rewrites a row and recomputes every following hash and the head is not
 * detected: anchoring the head outside the database is future work (ADR 0005).
 */
public final class AuditVerifier {

    private static final int FETCH_SIZE = 500;

    private static final String READ_HEAD = "SELECT last_seq, last_hash FROM audit_head WHERE id = 1";
    private static final String READ_CHAIN = "SELECT seq, occurred_at, user_id, role, workstation_id, patient_id, "
            + "action, outcome, detail, prev_hash, hash FROM audit_event WHERE seq <= ? ORDER BY seq";
    private static final String MAX_SEQ = "SELECT MAX(seq) FROM audit_event";

    private AuditVerifier() {
    }

    /** Usable as a {@link fr.galien.core.storage.SqlFunction}: {@code database.inTransaction(AuditVerifier::verify)}. */
    public static AuditVerification verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            return walk(connection);
        } finally {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
    }

    private static AuditVerification walk(Connection connection) throws SQLException {
        Head head = readHead(connection);
        if (head == null) {
            return broken(0, 1L, Messages.format(AuditMessage.VERIFY_HEAD_MISSING));
        }
        long rows = 0;
        long expectedSeq = 1;
        String prevHash = AuditChain.GENESIS_HASH;
        try (PreparedStatement select = connection.prepareStatement(READ_CHAIN)) {
            select.setFetchSize(FETCH_SIZE);
            select.setLong(1, head.lastSeq());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long seq = row.getLong(1);
                    if (seq != expectedSeq) {
                        return seq > expectedSeq
                                ? broken(rows, expectedSeq, Messages.format(AuditMessage.VERIFY_SEQ_GAP, expectedSeq, seq))
                                : broken(rows, seq, Messages.format(AuditMessage.VERIFY_UNEXPECTED_SEQ, seq, expectedSeq));
                    }
                    rows++;
                    String storedPrev = trim(row.getString(10));
                    if (!prevHash.equals(storedPrev)) {
                        return broken(rows, seq,
                                Messages.format(AuditMessage.VERIFY_PREV_HASH_MISMATCH, seq, seq - 1));
                    }
                    String storedHash = trim(row.getString(11));
                    String computed = AuditChain.hash(storedPrev, seq,
                            row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3), row.getString(4),
                            row.getString(5), row.getObject(6, UUID.class), row.getString(7), row.getString(8),
                            row.getString(9));
                    if (!computed.equals(storedHash)) {
                        return broken(rows, seq, Messages.format(AuditMessage.VERIFY_HASH_MISMATCH, seq));
                    }
                    prevHash = storedHash;
                    expectedSeq = seq + 1;
                }
            }
        }
        long lastSeq = expectedSeq - 1;
        if (lastSeq < head.lastSeq()) {
            return broken(rows, expectedSeq,
                    Messages.format(AuditMessage.VERIFY_TAIL_MISSING, head.lastSeq(), lastSeq));
        }
        if (!prevHash.equals(head.lastHash())) {
            return broken(rows, lastSeq == 0 ? 1L : lastSeq,
                    Messages.format(AuditMessage.VERIFY_HEAD_HASH_MISMATCH, lastSeq));
        }
        // Read the maximum before re-reading the head: a legitimate append moves the head in the same transaction
        // as its row, so a head read afterwards is never behind a legitimate maximum.
        long maxSeq = maxSeq(connection);
        Head headNow = readHead(connection);
        if (headNow == null) {
            return broken(rows, head.lastSeq() + 1, Messages.format(AuditMessage.VERIFY_HEAD_MISSING));
        }
        if (maxSeq > headNow.lastSeq()) {
            return broken(rows, headNow.lastSeq() + 1,
                    Messages.format(AuditMessage.VERIFY_BEYOND_HEAD, headNow.lastSeq()));
        }
        return new AuditVerification(true, rows, null, Messages.format(AuditMessage.VERIFY_INTACT, rows));
    }

    private static AuditVerification broken(long rowsChecked, long seq, String reason) {
        return new AuditVerification(false, rowsChecked, seq, reason);
    }

    private static Head readHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(READ_HEAD);
             ResultSet head = select.executeQuery()) {
            return head.next() ? new Head(head.getLong(1), trim(head.getString(2))) : null;
        }
    }

    private static long maxSeq(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(MAX_SEQ);
             ResultSet max = select.executeQuery()) {
            max.next();
            return max.getLong(1);
        }
    }

    /** CHAR columns may come back padded on some engines; a hash never has spaces. */
    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
