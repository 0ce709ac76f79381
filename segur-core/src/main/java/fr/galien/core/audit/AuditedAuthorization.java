package fr.galien.core.audit;

import fr.galien.core.error.SegurException;
import fr.galien.core.security.Action;
import fr.galien.core.security.Authorization;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link Authorization#require} that also leaves a trace: a refusal is written to the audit trail (outcome
 * {@link AuditOutcome#REFUSED}) in its own transaction, then rethrown. The detail names the action and the code,
 * never patient data. Core service decorators (patients, later owners and animals) use it so that a caller without
 * the permission is stopped in the core, not only in the UI.
 */
public final class AuditedAuthorization {

    private final Transactions transactions;
    private final AuditTrail auditTrail;

    public AuditedAuthorization(Transactions transactions, AuditTrail auditTrail) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
    }

    /**
     * @param audited   what the audit row says was attempted
     * @param patientId the patient concerned (an opaque id), or null
     * @throws SegurException the refusal ({@code SEC-NNNN}), after it was audited
     */
    public void require(Caller caller, Action action, AuditAction audited, UUID patientId) {
        try {
            Authorization.require(caller, action);
        } catch (SegurException refusal) {
            String detail = "refused " + action.name() + " " + refusal.code();
            transactions.inTransaction(connection -> {
                auditTrail.append(connection,
                        new AuditEvent(caller, patientId, audited, AuditOutcome.REFUSED, detail));
                return null;
            });
            throw refusal;
        }
    }
}
