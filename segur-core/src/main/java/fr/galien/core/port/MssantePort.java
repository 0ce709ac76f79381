package fr.galien.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * MSSanté secure mail (specs §3): SMTP submission and IMAP with STARTTLS and SASL XOAUTH2 under the professional's
 * Pro Santé Connect token (SC.MSS/CONF.05–11). The {@code mssante} module implements it with Jakarta Mail; the core
 * composes ({@code fr.galien.core.mssante.SecureMail}), queues in the outbox and parses what comes back.
 *
 * <p>Several mailboxes per user: every call names its mailbox (its address). Failures are
 * {@link fr.galien.core.error.SegurException}s with the connector's codes (MSS-01xx); {@link #send} tells a transient
 * failure (operator down: retry) from a refusal (unknown recipient, outside the MSSanté space) by its code.
 */
public interface MssantePort {

    /** The mailboxes this workstation's user may open (settings), never empty once configured. */
    List<Mailbox> mailboxes();

    /**
     * Submits one composed mail by SMTP. Idempotent on {@link OutgoingMail#messageId()}: a mail already in the
     * mailbox's Sent folder is not submitted again (exactly once, as seen by the operator, also after a crash).
     */
    SendReceipt send(OutgoingMail mail);

    /** Folders of a mailbox with their message and unread counts (IMAP STATUS). */
    List<Folder> folders(String mailbox);

    /** Newest first, at most {@code max}; {@code text} null lists everything, else IMAP SEARCH (subject, from, body). */
    List<MessageSummary> messages(String mailbox, String folder, String text, int max);

    /**
     * The raw RFC 5322 bytes of one message, at most {@code maxBytes} (a larger one is refused before it is
     * downloaded). Marks it as seen on the server.
     */
    RawMessage fetch(String mailbox, String folder, long uid, long maxBytes);

    /** Messages of INBOX not seen yet by the filing job (IMAP UNSEEN), oldest first, at most {@code max}. */
    List<MessageSummary> unseen(String mailbox, int max);

    /**
     * Recipients in the Annuaire Santé (specs §3.2, §3.7): professionals and organisations whose name or MSSanté
     * address contains {@code text}, with their addresses. At most {@code max}.
     */
    List<DirectoryEntry> searchDirectory(String text, int max);

    /**
     * @param type       PER, ORG, APP or CAB (TRE_R256)
     * @param profession TRE_G15 code (10 médecin, 21 pharmacien…), or null for an organisation
     */
    record DirectoryEntry(String address, String name, String type, String profession, String nationalId,
                          String place) {
    }

    /** Specs §3.2: PER (personal), ORG (organisation), APP (applicative, certificate). */
    enum MailboxType { PER, ORG, APP }

    record Mailbox(String address, String label, MailboxType type) {
        public Mailbox {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(type, "type");
        }
    }

    record Folder(String name, int total, int unread) {
    }

    /**
     * @param uid the IMAP UID in its folder
     */
    record MessageSummary(String folder, long uid, String messageId, String from, String subject, Instant date,
                          boolean seen, long size) {
    }

    record RawMessage(String folder, long uid, byte[] content) {
        public RawMessage {
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A mail ready to go, composed by the core.
     *
     * @param messageId       the RFC 5322 Message-ID without angle brackets, generated once: the idempotency key
     * @param fromDisplayName the « Intitulé BAL » (SC.MSS.15)
     * @param headers         the {@code X-MSS-*} headers and the reply headers, in order
     * @param receiptsTo      where DSN and MDN go (Return-Receipt-To, Disposition-Notification-To); empty: none asked
     */
    record OutgoingMail(String messageId, String from, String fromDisplayName, List<String> to, String subject,
                        String body, Map<String, String> headers, Optional<String> receiptsTo,
                        List<Attachment> attachments) {
        public OutgoingMail {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(from, "from");
            to = List.copyOf(to);
            headers = Map.copyOf(headers);
            receiptsTo = receiptsTo == null ? Optional.empty() : receiptsTo;
            attachments = List.copyOf(attachments);
        }
    }

    record Attachment(String fileName, String mimeType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * @param alreadySent true when the mail was found in Sent and not submitted again
     */
    record SendReceipt(String messageId, Instant acceptedAt, boolean alreadySent) {
    }
}
