package fr.galien.core.audit;

import fr.galien.core.security.Caller;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing to record. Never put patient data in {@code detail}: ids and counts only.
 *
 * @param patientId the patient concerned, or null (logins, exports of many)
 */
public record AuditEvent(Caller caller, UUID patientId, AuditAction action, AuditOutcome outcome, String detail) {

    public AuditEvent {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEvent success(Caller caller, UUID patientId, AuditAction action) {
        return new AuditEvent(caller, patientId, action, AuditOutcome.SUCCESS, null);
    }
}
