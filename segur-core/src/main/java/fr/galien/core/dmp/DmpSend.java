package fr.galien.core.dmp;

import fr.galien.core.outbox.OutboxStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of « Envois en attente »: a document queued for the DMP and where its send stands.
 *
 * @param outboxId  the outbox row ({@code galien outbox retry|drop})
 * @param lastError the reason of the last failed attempt or of the refusal (code and French sentence), or null
 * @param receipt   what the DMP acknowledged (the unique id), once sent
 */
public record DmpSend(UUID outboxId, UUID documentId, UUID patientId, String title, String typeCode,
                      OutboxStatus status, int attempts, String lastError, String receipt, Instant queuedAt,
                      Instant sentAt) {
}
