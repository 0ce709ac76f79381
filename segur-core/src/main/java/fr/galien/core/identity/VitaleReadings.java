package fr.galien.core.identity;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.port.ApCvPort.ApCvPoll;
import fr.galien.core.port.ApCvPort.ApCvSession;
import fr.galien.core.port.ApCvPort.VitaleReading;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reading the beneficiary from the appli carte Vitale or the Vitale card, as the screens and commands do it: the
 * caller needs {@link Action#INS_LOOKUP} (the reading only feeds an INSi "with Vitale" search), a refusal is
 * audited, and every wire call writes an {@code APCV_READ} row with its outcome — codes and statuses only, never
 * a name or a matricule. The polls while the patient has not answered are not audited one by one: only the poll
 * that ends the wait (approved, refused, expired) is.
 *
 * <p>No transaction is held open during a call: each audit row is its own short transaction after it.
 */
public final class VitaleReadings {

    private final ApCvPort apCv;
    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;

    public VitaleReadings(ApCvPort apCv, Transactions transactions, AuditTrail auditTrail) {
        this.apCv = Objects.requireNonNull(apCv, "apCv");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
    }

    /** Sends the QR content scanned from the patient's phone; the patient then approves in the app. */
    public ApCvSession startApCv(Caller caller, String qrContent) {
        allow(caller);
        return audited(caller, "apcv", () -> apCv.startApCv(caller, qrContent), session -> "session ouverte");
    }

    /** Where the reading stands; the poll that ends the wait is audited. */
    public ApCvPoll poll(Caller caller, ApCvSession session) {
        allow(caller);
        ApCvPoll poll;
        try {
            poll = apCv.poll(caller, session);
        } catch (RuntimeException failure) {
            audit(caller, AuditOutcome.FAILED, "apcv erreur=" + codeOf(failure));
            throw failure;
        }
        if (poll.status() != ApCvPort.ApCvStatus.EN_ATTENTE) {
            audit(caller, AuditOutcome.SUCCESS, "apcv statut=" + poll.status().name());
        }
        return poll;
    }

    /** Reads the card in the workstation's reader. */
    public VitaleReading readCard(Caller caller) {
        allow(caller);
        return audited(caller, "carte", () -> apCv.readCard(caller), reading -> "lue");
    }

    private void allow(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        authorization.require(caller, Action.INS_LOOKUP, AuditAction.APCV_READ, null);
    }

    private <T> T audited(Caller caller, String what, Supplier<T> call,
                          java.util.function.Function<T, String> success) {
        T answer;
        try {
            answer = call.get();
        } catch (RuntimeException failure) {
            audit(caller, AuditOutcome.FAILED, what + " erreur=" + codeOf(failure));
            throw failure;
        }
        audit(caller, AuditOutcome.SUCCESS, what + " " + success.apply(answer));
        return answer;
    }

    private static String codeOf(RuntimeException failure) {
        return failure instanceof SegurException coded ? coded.code() : failure.getClass().getSimpleName();
    }

    private void audit(Caller caller, AuditOutcome outcome, String detail) {
        transactions.inTransaction(connection -> {
            auditTrail.append(connection, new AuditEvent(caller, null, AuditAction.APCV_READ, outcome, detail));
            return null;
        });
    }
}
