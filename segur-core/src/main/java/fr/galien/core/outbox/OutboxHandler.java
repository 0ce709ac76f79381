package fr.galien.core.outbox;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Sends outbox rows of one service to the real (or simulated) national platform. Implemented by connectors, one per
 * service id, and given to the {@link OutboxDispatcher}.
 *
 * <p>The handler must send {@link OutboxEntry#idempotencyKey()} with the call (header or message id) so the
 * receiver can drop a resend: delivery is at least once. It runs outside any database transaction.
 */
@FunctionalInterface
public interface OutboxHandler {

    /**
     * One attempt. Any exception thrown counts as {@link Delivery.RetryLater}; return {@link Delivery.Rejected}
     * only for a refusal that retrying cannot fix.
     */
    Delivery send(OutboxEntry entry) throws Exception;

    /**
     * Called inside the transaction that records the outcome of an attempt, so that what depends on it (a document's
     * sharing state) changes together with the row, or not at all. Nothing by default.
     */
    default void recorded(Connection tx, OutboxEntry entry, Delivery delivery) throws SQLException {
    }

    /**
     * Called inside the transaction of a user's {@link Outbox#retry} ({@code status} pending) or {@link Outbox#drop}
     * ({@code status} null): what depends on the row follows. Nothing by default.
     */
    default void changedByUser(Connection tx, OutboxEntry entry, OutboxStatus status) throws SQLException {
    }
}
