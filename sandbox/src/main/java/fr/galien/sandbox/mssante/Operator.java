package fr.galien.sandbox.mssante;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.StateStore;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's delivery: what the SMTP front accepted goes into the recipients' INBOX (GreenMail's store, read
 * through the IMAP front). The rules real operators apply are here: a Message-ID already accepted from a sender is
 * acknowledged and dropped (the client's outbox resends after a crash: exactly once as the operator sees it); an
 * unknown MSSanté mailbox gets a DSN failure (5.1.1, specs §3.6); a {@code Return-Receipt-To} gets a DSN "delivered";
 * a {@code Disposition-Notification-To} gets an MDN when a simulated person reads (patients' Mon espace santé, the
 * correspondent); the scripted correspondent answers. Delivered mail and the Message-IDs seen are kept in the
 * simulator's state, so they outlive a restart.
 */
final class Operator {

    private static final Logger LOG = LoggerFactory.getLogger(Operator.class);
    static final String SENT = "Sent";
    static final String POSTMASTER = "postmaster@operateur-sim.mssante.fr";
    private static final int STATE_BYTES = 64 * 1024 * 1024;

    /** What the simulator persists. */
    public record Stored(List<Delivered> messages, List<String> seen) {
        public Stored {
            messages = messages == null ? List.of() : List.copyOf(messages);
            seen = seen == null ? List.of() : List.copyOf(seen);
        }

        static Stored none() {
            return new Stored(List.of(), List.of());
        }
    }

    /** One message put in one mailbox's folder (null: INBOX), raw bytes in base64. */
    public record Delivered(String recipient, String messageId, String base64, String folder) {
    }

    /** What tests and the control endpoint see of an accepted mail. */
    record Journal(String sender, List<String> recipients, String messageId, Map<String, String> headers,
                   boolean duplicate) {
    }

    private final GreenMail greenMail;
    private final Mailboxes mailboxes;
    private final String secret;
    private final List<Journal> journal = new CopyOnWriteArrayList<>();
    private StateStore<Stored> store = SimulatorState.inMemory().store("messages", Stored.class, Stored::none);
    private final Correspondent correspondent;

    Operator(GreenMail greenMail, Mailboxes mailboxes, String secret) {
        this.greenMail = greenMail;
        this.mailboxes = mailboxes;
        this.secret = secret;
        this.correspondent = new Correspondent(this);
        for (Mailboxes.Mailbox mailbox : mailboxes.all()) {
            greenMail.setUser(mailbox.address(), mailbox.address(), secret);
        }
    }

    void use(SimulatorState state) {
        store = state.store("messages", Stored.class, Stored::none, STATE_BYTES);
    }

    /** Puts the persisted messages back in the mailboxes (at start). */
    void restore() {
        for (Delivered delivered : store.read().messages()) {
            try {
                put(delivered.recipient(), delivered.folder(), Base64.getDecoder().decode(delivered.base64()));
            } catch (RuntimeException e) {
                LOG.warn("MSSanté simulator: a stored message could not be restored ({})", e.getClass().getName());
            }
        }
    }

    String secret() {
        return secret;
    }

    Mailboxes mailboxes() {
        return mailboxes;
    }

    Correspondent correspondent() {
        return correspondent;
    }

    List<Journal> journal() {
        return List.copyOf(journal);
    }

    /**
     * A mail the SMTP front accepted from {@code sender} for {@code recipients} (all inside the MSSanté space).
     *
     * @return false when it is a resend of a Message-ID already accepted from this sender (dropped)
     */
    boolean accept(String sender, List<String> recipients, byte[] raw) {
        Map<String, String> headers = RawMail.headers(raw);
        String messageId = RawMail.bare(headers.get("message-id"));
        String key = sender.toLowerCase(Locale.ROOT) + " " + messageId;
        Map<String, String> kept = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (name.startsWith("x-mss-") || name.equals("subject") || name.equals("disposition-notification-to")
                    || name.equals("return-receipt-to") || name.equals("from")) {
                kept.put(name, value);
            }
        });
        if (messageId != null) {
            Set<String> added = new LinkedHashSet<>();
            store.update(stored -> {
                if (stored.seen().contains(key)) {
                    return stored;
                }
                added.add(key);
                List<String> seen = new ArrayList<>(stored.seen());
                seen.add(key);
                return new Stored(stored.messages(), seen);
            });
            if (added.isEmpty()) {
                journal.add(new Journal(sender, recipients, messageId, kept, true));
                return false;
            }
        }
        journal.add(new Journal(sender, recipients, messageId, kept, false));
        // The operator keeps the sender's copy in « Sent » (clients then need not append one).
        store(sender, SENT, raw);
        List<String> delivered = new ArrayList<>();
        for (String recipient : recipients) {
            if (mailboxes.find(recipient).isPresent()) {
                deliver(recipient, raw);
                delivered.add(recipient);
            } else {
                bounce(sender, recipient, messageId, raw);
            }
        }
        receipts(sender, headers, delivered, messageId, raw);
        if (delivered.contains(Mailboxes.CORRESPONDENT)) {
            correspondent.answer(sender, headers, messageId);
        }
        return true;
    }

    /** Into the recipient's INBOX, and into the state. */
    void deliver(String recipient, byte[] raw) {
        store(recipient, null, raw);
    }

    private void store(String recipient, String folder, byte[] raw) {
        put(recipient, folder, raw);
        String id = RawMail.messageId(raw);
        String base64 = Base64.getEncoder().encodeToString(raw);
        store.update(stored -> {
            List<Delivered> messages = new ArrayList<>(stored.messages());
            messages.add(new Delivered(recipient, id, base64, folder));
            return new Stored(messages, stored.seen());
        });
    }

    private void put(String recipient, String folder, byte[] raw) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(recipient);
        if (user == null) {
            user = greenMail.setUser(recipient, recipient, secret);
        }
        MimeMessage message = GreenMailUtil.newMimeMessage(new ByteArrayInputStream(raw));
        if (folder == null) {
            user.deliver(message);
            return;
        }
        try {
            com.icegreen.greenmail.imap.ImapHostManager host = greenMail.getManagers().getImapHostManager();
            com.icegreen.greenmail.store.MailFolder target = host.getFolder(user, folder);
            if (target == null) {
                target = host.createMailbox(user, folder);
            }
            target.appendMessage(message, new jakarta.mail.Flags(jakarta.mail.Flags.Flag.SEEN), new java.util.Date());
        } catch (com.icegreen.greenmail.imap.AuthorizationException | com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("cannot store in " + folder, e);
        }
    }

    /** RFC 3464 failure for an unknown mailbox (5.1.1, specs §3.6). */
    private void bounce(String sender, String recipient, String messageId, byte[] raw) {
        if (mailboxes.find(sender).isEmpty()) {
            return;
        }
        String fields = "Reporting-MTA: dns; operateur-sim.mssante.fr\r\n"
                + (messageId == null ? "" : "X-Original-Message-ID: <" + messageId + ">\r\n") + "\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\n"
                + "Action: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 Boite aux lettres inconnue\r\n";
        deliver(sender, RawMail.report(POSTMASTER, sender, "Non remis : " + recipient,
                "Votre message n'a pas pu être remis à " + recipient + " : boîte aux lettres inconnue (5.1.1).",
                "delivery-status", fields, raw));
    }

    private void receipts(String sender, Map<String, String> headers, List<String> delivered, String messageId,
                          byte[] raw) {
        String dsnTo = RawMail.bare(headers.get("return-receipt-to"));
        if (dsnTo != null && mailboxes.find(dsnTo).isPresent()) {
            for (String recipient : delivered) {
                String fields = "Reporting-MTA: dns; operateur-sim.mssante.fr\r\n"
                        + (messageId == null ? "" : "X-Original-Message-ID: <" + messageId + ">\r\n") + "\r\n"
                        + "Final-Recipient: rfc822; " + recipient + "\r\nAction: delivered\r\nStatus: 2.0.0\r\n";
                deliver(dsnTo, RawMail.report(POSTMASTER, dsnTo, "Remis : " + recipient,
                        "Votre message a été remis à " + recipient + ".", "delivery-status", fields, raw));
            }
        }
        String mdnTo = RawMail.bare(headers.get("disposition-notification-to"));
        if (mdnTo != null && mailboxes.find(mdnTo).isPresent()) {
            for (String recipient : delivered) {
                boolean reads = recipient.endsWith("@" + Mailboxes.PATIENT_DOMAIN)
                        || recipient.equals(Mailboxes.CORRESPONDENT);
                if (reads) {
                    String fields = "Reporting-UA: operateur-sim.mssante.fr; Galien simulateur\r\n"
                            + "Original-Recipient: rfc822;" + recipient + "\r\n"
                            + "Final-Recipient: rfc822;" + recipient + "\r\n"
                            + "Original-Message-ID: <" + messageId + ">\r\n"
                            + "Disposition: manual-action/MDN-sent-manually; displayed\r\n";
                    deliver(mdnTo, RawMail.report(recipient, mdnTo, "Lu : " + recipient,
                            "Le message a été lu par " + recipient + ".", "disposition-notification", fields, raw));
                }
            }
        }
    }
}
