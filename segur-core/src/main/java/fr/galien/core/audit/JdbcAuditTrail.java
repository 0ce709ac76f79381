package fr.galien.core.audit;

import fr.galien.core.error.SegurException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The audit trail in the {@code audit_event} table (migration V2, ADR 0005): append-only, each row chained to the
 * previous one by SHA-256.
 *
 * <p>{@link #append} runs in the caller's transaction, so the row commits or rolls back with the change it records.
 * It locks the one-row {@code audit_head} with {@code SELECT ... FOR UPDATE}: appenders are serialised on PostgreSQL
 * as on H2 (decisions.md), each gets the next sequence number and links to the hash its predecessor committed. The
 * lock is held until the caller's transaction ends, so append last and keep audited transactions short.
 *
 * <p>There is deliberately no update or delete: corrections are new events.
 */
public final class JdbcAuditTrail implements AuditTrail {

    private static final String LOCK_HEAD = "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE";
    private static final String INSERT_EVENT = "INSERT INTO audit_event (seq, occurred_at, user_id, role, "
            + "workstation_id, patient_id, action, outcome, detail, prev_hash, hash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1";

    /** Width of {@code audit_event.detail}; longer details are cut rather than failing the audited change. */
    static final int DETAIL_MAX_LENGTH = 4000;

    private final Clock clock;

    public JdbcAuditTrail(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void append(Connection transaction, AuditEvent event) throws SQLException {
        Objects.requireNonNull(event, "event");
        long prevSeq;
        String prevHash;
        try (PreparedStatement lock = transaction.prepareStatement(LOCK_HEAD);
             ResultSet head = lock.executeQuery()) {
            if (!head.next()) {
                throw new SegurException(AuditError.AUD_0001);
            }
            prevSeq = head.getLong(1);
            prevHash = head.getString(2);
        }
        long seq = prevSeq + 1;
        Instant occurredAt = AuditChain.truncate(clock.instant());
        String userId = event.caller().userId();
        String role = event.caller().role().name();
        String workstationId = event.caller().workstationId();
        String action = event.action().name();
        String outcome = event.outcome().name();
        String detail = fitDetail(event.detail());
        String hash = AuditChain.hash(prevHash, seq, occurredAt, userId, role, workstationId, event.patientId(),
                action, outcome, detail);
        try (PreparedStatement insert = transaction.prepareStatement(INSERT_EVENT)) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
            insert.setString(3, userId);
            insert.setString(4, role);
            insert.setString(5, workstationId);
            insert.setObject(6, event.patientId());
            insert.setString(7, action);
            insert.setString(8, outcome);
            insert.setString(9, detail);
            insert.setString(10, prevHash);
            insert.setString(11, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement move = transaction.prepareStatement(MOVE_HEAD)) {
            move.setLong(1, seq);
            move.setString(2, hash);
            move.executeUpdate();
        }
    }

    private static String fitDetail(String detail) {
        if (detail == null || detail.length() <= DETAIL_MAX_LENGTH) {
            return detail;
        }
        int end = DETAIL_MAX_LENGTH;
        if (Character.isHighSurrogate(detail.charAt(end - 1))) {
            end--;
        }
        return detail.substring(0, end);
    }
}
