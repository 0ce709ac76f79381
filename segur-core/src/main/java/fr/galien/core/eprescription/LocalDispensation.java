package fr.galien.core.eprescription;

import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A dispensation recorded at this counter.
 *
 * @param state  {@link LocalState#A_ENVOYER} until the service acknowledged it, then {@link LocalState#ENVOYEE}
 *               (or {@link LocalState#REFUSEE} with {@code detail})
 * @param payload the exact document sent (or to send)
 */
public record LocalDispensation(UUID id, String prescriptionId, UUID patientId, String dispensedBy,
                                List<DispensedLine> lines, LocalState state, String detail, String payload,
                                Instant createdAt) {

    public LocalDispensation {
        lines = List.copyOf(lines);
    }
}
