package fr.galien.core.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored outbox row.
 *
 * @param attempts      attempts started so far (an attempt counts as soon as the dispatcher claims the row)
 * @param nextAttemptAt when the row is due (again); meaningless once sent or rejected
 * @param lastError     French reason of the last failed attempt or of the rejection, or null
 * @param receipt       what the service answered on acknowledgement (e.g. its document id), or null
 */
public record OutboxEntry(UUID id, String service, String operation, String idempotencyKey, String payload,
        OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, String receipt,
        Instant createdAt, Instant sentAt) {
}
