package fr.galien.core.outbox;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.security.Action;
import fr.galien.core.security.Authorization;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a user may do with the queue of national calls (« Envois en attente », {@code galien outbox}): list it, send a
 * row again (« Réessayer »: a refused row returns to the queue, a waiting one is due at once), or set a refused row
 * aside for good. A pending row is removed only on purpose ({@code force}): it may be in flight. A sent row is never
 * touched. Each change is audited (ids and codes) and told to the service's handler in the same transaction, so what
 * depends on the row (a document's DMP state) follows.
 */
public final class OutboxAdministration {

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final Outbox outbox;
    private final Function<String, Optional<OutboxHandler>> handlers;

    /** @param handlers the handler of a service, if this workstation has one ({@code ModuleHost::handler}) */
    public OutboxAdministration(Transactions transactions, AuditTrail auditTrail, Outbox outbox,
                                Function<String, Optional<OutboxHandler>> handlers) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
    }

    /** Newest first; {@code status} null for every status. */
    public List<OutboxEntry> list(Caller caller, OutboxStatus status, int limit) {
        Authorization.require(caller, Action.CLINICAL_READ);
        return transactions.read(tx -> outbox.list(tx, status, limit));
    }

    /** @throws fr.galien.core.error.SegurException {@code OUT-0002} unknown, {@code OUT-0004} already sent */
    public OutboxEntry retry(Caller caller, UUID id) {
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.OUTBOX_RETRY, null);
        return transactions.inTransaction(tx -> {
            OutboxEntry before = outbox.retry(tx, id);
            Optional<OutboxHandler> handler = handlers.apply(before.service());
            if (handler.isPresent()) {
                handler.get().changedByUser(tx, before, OutboxStatus.PENDING);
            }
            auditTrail.append(tx, new AuditEvent(caller, null, AuditAction.OUTBOX_RETRY, AuditOutcome.SUCCESS,
                    "envoi=" + id + " service=" + before.service() + " etait=" + before.status().dbValue()));
            return before;
        });
    }

    /**
     * @throws fr.galien.core.error.SegurException {@code OUT-0002} unknown, {@code OUT-0003} pending without force,
     *                                             {@code OUT-0004} already sent
     */
    public OutboxEntry drop(Caller caller, UUID id, boolean force) {
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.OUTBOX_DROP, null);
        return transactions.inTransaction(tx -> {
            OutboxEntry removed = outbox.drop(tx, id, force);
            Optional<OutboxHandler> handler = handlers.apply(removed.service());
            if (handler.isPresent()) {
                handler.get().changedByUser(tx, removed, null);
            }
            auditTrail.append(tx, new AuditEvent(caller, null, AuditAction.OUTBOX_DROP, AuditOutcome.SUCCESS,
                    "envoi=" + id + " service=" + removed.service() + " etait=" + removed.status().dbValue()
                    + (force ? " force" : "")));
            return removed;
        });
    }
}
