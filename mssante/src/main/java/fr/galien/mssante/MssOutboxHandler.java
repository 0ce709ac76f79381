package fr.galien.mssante;

import fr.galien.core.error.SegurException;
import fr.galien.core.mssante.SecureMail;
import fr.galien.core.outbox.Delivery;
import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.MssantePort.OutgoingMail;
import fr.galien.core.storage.Transactions;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends the mails {@link SecureMail} queued: loads the stored mail, submits it (the port looks in Sent first, the
 * operator drops a Message-ID it has), records « envoyé ». The operator down, a timeout or no PSC session: retry
 * later; a refusal (5xx, outside the space, unknown mail): rejected, with the French reason.
 */
final class MssOutboxHandler implements OutboxHandler {

    private final Transactions transactions;
    private final Supplier<MssantePort> port;
    private final Clock clock;

    MssOutboxHandler(Transactions transactions, Supplier<MssantePort> port, Clock clock) {
        this.transactions = transactions;
        this.port = port;
        this.clock = clock;
    }

    @Override
    public Delivery send(OutboxEntry entry) {
        OutgoingMail mail;
        try {
            UUID id = UUID.fromString(entry.payload());
            mail = transactions.read(connection -> SecureMail.outgoing(connection, id));
        } catch (IllegalArgumentException e) {
            return new Delivery.Rejected("MSS-0008");
        } catch (SegurException missing) {
            return new Delivery.Rejected(missing.getMessage());
        }
        try {
            MssantePort.SendReceipt receipt = port.get().send(mail);
            transactions.inTransaction(tx -> {
                SecureMail.delivery(tx, mail.messageId(), "sent", receipt.alreadySent() ? "déjà dans Envoyés" : null,
                        clock.instant());
                return null;
            });
            return new Delivery.Sent("<" + receipt.messageId() + ">");
        } catch (SegurException failure) {
            if (failure.errorCode() == MssClientError.MSS_0104 || failure.errorCode() == MssClientError.MSS_0102) {
                transactions.inTransaction(tx -> {
                    SecureMail.delivery(tx, mail.messageId(), "failed", failure.getMessage(), clock.instant());
                    return null;
                });
                return new Delivery.Rejected(failure.getMessage());
            }
            return new Delivery.RetryLater(failure.getMessage());
        }
    }
}
