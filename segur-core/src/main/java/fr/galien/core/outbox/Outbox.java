package fr.galien.core.outbox;

import fr.galien.core.error.SegurException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox of calls to national services (table {@code outbox}, migration V3, ADR 0006): a business change and the
 * call it requires are written in the same transaction, then an {@link OutboxDispatcher} sends the call, retrying
 * with backoff until the service acknowledges or refuses it.
 *
 * <p><b>Delivery is at least once.</b> The dispatcher records the outcome after the service answered; a crash (or a
 * lost answer) between the two leaves the row pending and it is sent again later with the <em>same</em> idempotency
 * key. Receivers (and our simulators) must therefore deduplicate on that key. Once a row is recorded as sent it is
 * never sent again, across restarts too.
 */
public final class Outbox {

    /** Width of {@code outbox.payload}. */
    public static final int PAYLOAD_MAX_LENGTH = 1_000_000;

    private static final String FIND_BY_KEY = "SELECT " + OutboxRows.COLUMNS
            + " FROM outbox WHERE idempotency_key = ?";
    private static final String FIND_BY_ID = "SELECT " + OutboxRows.COLUMNS + " FROM outbox WHERE id = ?";
    private static final String INSERT = "INSERT INTO outbox (id, service, operation, idempotency_key, payload, "
            + "status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)";
    private static final String COUNT_PENDING = "SELECT COUNT(*) FROM outbox WHERE status = 'pending'";
    private static final String LIST_ALL = "SELECT " + OutboxRows.COLUMNS
            + " FROM outbox ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY";
    private static final String LIST_BY_STATUS = "SELECT " + OutboxRows.COLUMNS
            + " FROM outbox WHERE status = ? ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY";

    private static final String RETRY = "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ? "
            + "WHERE id = ? AND status IN ('pending', 'rejected')";
    private static final String DELETE = "DELETE FROM outbox WHERE id = ? AND status <> 'sent'";
    private static final String LIST_BY_SERVICE = "SELECT " + OutboxRows.COLUMNS
            + " FROM outbox WHERE service = ? ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY";

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Queues a call in the caller's transaction; it is due at once. Enqueuing the same idempotency key again returns
     * the existing row's id and adds nothing (whatever its status), so a retried business transaction is harmless.
     *
     * @throws SegurException {@code OUT-0001} when the key is already used for another service or operation
     */
    public UUID enqueue(Connection tx, OutboxRequest request) throws SQLException {
        Objects.requireNonNull(request, "request");
        Optional<OutboxEntry> existing = findByKey(tx, request.idempotencyKey());
        if (existing.isPresent()) {
            return sameCall(existing.get(), request);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // A concurrent enqueue of the same key may win the race; a savepoint keeps the caller's transaction usable
        // on PostgreSQL, where a failed statement otherwise aborts the whole transaction.
        Savepoint beforeInsert = tx.getAutoCommit() ? null : tx.setSavepoint();
        try (PreparedStatement insert = tx.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, request.service());
            insert.setString(3, request.operation());
            insert.setString(4, request.idempotencyKey());
            insert.setString(5, request.payload());
            insert.setObject(6, OutboxRows.timestamp(now));
            insert.setObject(7, OutboxRows.timestamp(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (beforeInsert != null) {
                tx.rollback(beforeInsert);
            }
            Optional<OutboxEntry> winner = findByKey(tx, request.idempotencyKey());
            if (winner.isPresent()) {
                return sameCall(winner.get(), request);
            }
            throw e;
        }
        if (beforeInsert != null) {
            releaseQuietly(tx, beforeInsert);
        }
        return id;
    }

    /** Number of calls still waiting to be acknowledged (for the status bar). */
    public long pending(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(COUNT_PENDING);
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Newest first; {@code status} null lists every status. */
    public List<OutboxEntry> list(Connection connection, OutboxStatus status, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (status == null) {
            try (PreparedStatement select = connection.prepareStatement(LIST_ALL)) {
                select.setInt(1, limit);
                return OutboxRows.read(select);
            }
        }
        try (PreparedStatement select = connection.prepareStatement(LIST_BY_STATUS)) {
            select.setString(1, status.dbValue());
            select.setInt(2, limit);
            return OutboxRows.read(select);
        }
    }

    /** One service's rows, newest first (the « Envois en attente » view of a channel). */
    public List<OutboxEntry> listOf(Connection connection, String service, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        try (PreparedStatement select = connection.prepareStatement(LIST_BY_SERVICE)) {
            select.setString(1, service);
            select.setInt(2, limit);
            return OutboxRows.read(select);
        }
    }

    /**
     * « Réessayer »: a refused row goes back to pending, and a pending row is due at once; attempts start again.
     * A sent row is never sent again ({@code OUT-0004}).
     *
     * @return the row before the change
     * @throws SegurException {@code OUT-0002} unknown row, {@code OUT-0004} already sent
     */
    public OutboxEntry retry(Connection tx, UUID id) throws SQLException {
        OutboxEntry entry = find(tx, id).orElseThrow(() -> new SegurException(OutboxError.OUT_0002, id));
        if (entry.status() == OutboxStatus.SENT) {
            throw new SegurException(OutboxError.OUT_0004, id);
        }
        try (PreparedStatement update = tx.prepareStatement(RETRY)) {
            update.setObject(1, OutboxRows.timestamp(clock.instant().truncatedTo(ChronoUnit.MICROS)));
            update.setObject(2, id);
            update.executeUpdate();
        }
        return entry;
    }

    /**
     * Removes a refused row for good. A pending row is removed only with {@code force} (it may be in flight: its
     * call may still arrive, deduplicated by the receiver); a sent row never ({@code OUT-0004}).
     *
     * @return the row removed
     * @throws SegurException {@code OUT-0002} unknown, {@code OUT-0003} pending without force, {@code OUT-0004} sent
     */
    public OutboxEntry drop(Connection tx, UUID id, boolean force) throws SQLException {
        OutboxEntry entry = find(tx, id).orElseThrow(() -> new SegurException(OutboxError.OUT_0002, id));
        if (entry.status() == OutboxStatus.SENT) {
            throw new SegurException(OutboxError.OUT_0004, id);
        }
        if (entry.status() == OutboxStatus.PENDING && !force) {
            throw new SegurException(OutboxError.OUT_0003, id);
        }
        try (PreparedStatement delete = tx.prepareStatement(DELETE)) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
        return entry;
    }

    public Optional<OutboxEntry> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND_BY_ID)) {
            select.setObject(1, id);
            return OutboxRows.read(select).stream().findFirst();
        }
    }

    public Optional<OutboxEntry> findByKey(Connection connection, String idempotencyKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND_BY_KEY)) {
            select.setString(1, idempotencyKey);
            return OutboxRows.read(select).stream().findFirst();
        }
    }

    private static UUID sameCall(OutboxEntry existing, OutboxRequest request) {
        if (!existing.service().equals(request.service()) || !existing.operation().equals(request.operation())) {
            throw new SegurException(OutboxError.OUT_0001, request.idempotencyKey(),
                    existing.service() + "/" + existing.operation());
        }
        return existing.id();
    }

    private static void releaseQuietly(Connection tx, Savepoint savepoint) {
        try {
            tx.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            // Some drivers do not support releasing; the savepoint then simply lives until the commit.
        }
    }
}
