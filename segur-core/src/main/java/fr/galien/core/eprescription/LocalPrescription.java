package fr.galien.core.eprescription;

import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A prescription made here.
 *
 * @param id          local id, also the request id sent to the service (its idempotency key)
 * @param nationalId  the 18-character identifier once registered
 * @param paperReason set for a paper-only prescription
 * @param payload     the exact document sent (or to send) to the service; null for paper
 * @param detail      the service's refusal, when {@link LocalState#REFUSEE}
 */
public record LocalPrescription(UUID id, UUID patientId, String prescribedBy, Optional<String> nationalId,
                                LocalState state, Optional<PaperReason> paperReason, List<PrescribedLine> lines,
                                String payload, String detail, Instant createdAt) {

    public LocalPrescription {
        lines = List.copyOf(lines);
    }

    public boolean paper() {
        return paperReason.isPresent();
    }
}
