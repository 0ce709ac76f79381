package fr.galien.core.mssante;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.MssantePort;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The screens' way to the mailboxes: every read goes through here, permission-checked ({@code NATIONAL_CALL}: the
 * professional's PSC session opens the mailbox) — the UI never holds the port. Opening a message and pulling new mail
 * are {@link MailFiling}'s (audited there).
 */
public final class MailboxAccess {

    private final Supplier<Optional<MssantePort>> port;
    private final MailFiling filing;
    private final AuditedAuthorization authorization;

    public MailboxAccess(Transactions transactions, AuditTrail auditTrail, MailFiling filing,
                         Supplier<Optional<MssantePort>> port) {
        this.port = Objects.requireNonNull(port, "port");
        this.filing = Objects.requireNonNull(filing, "filing");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
    }

    private MssantePort port() {
        return port.get().orElseThrow(() -> new SegurException(MssError.MSS_0013));
    }

    /** The user's mailboxes; none when the module is not started. */
    public List<MssantePort.Mailbox> mailboxes(Caller caller) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_READ, null);
        return port.get().map(MssantePort::mailboxes).orElse(List.of());
    }

    public List<MssantePort.Folder> folders(Caller caller, String mailbox) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_READ, null);
        return port().folders(mailbox);
    }

    /** A list of messages (sender, subject, date, flags): not audited, like a search; opening one is. */
    public List<MssantePort.MessageSummary> messages(Caller caller, String mailbox, String folder, String text,
                                                     int max) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_READ, null);
        return port().messages(mailbox, folder, text, max);
    }

    public List<MssantePort.DirectoryEntry> searchDirectory(Caller caller, String text, int max) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_READ, null);
        return port().searchDirectory(text, max);
    }

    public MailFiling.Opened open(Caller caller, String mailbox, String folder, long uid) {
        return filing.open(caller, port(), mailbox, folder, uid);
    }

    public List<MailFiling.Received> fetch(Caller caller, String mailbox, int max) {
        return filing.fetch(caller, port(), mailbox, max);
    }
}
