package fr.galien.core.audit;

import fr.galien.core.security.Role;
import java.time.Instant;
import java.util.UUID;

/** One stored audit row, as shown by the UI and the CLI. Hashes are left out: {@link AuditVerifier} checks them. */
public record AuditRecord(long seq, Instant occurredAt, String userId, Role role, String workstationId,
        UUID patientId, AuditAction action, AuditOutcome outcome, String detail) {
}
