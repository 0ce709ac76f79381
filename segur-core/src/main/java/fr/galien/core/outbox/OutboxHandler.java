package fr.galien.core.outbox;

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
}
