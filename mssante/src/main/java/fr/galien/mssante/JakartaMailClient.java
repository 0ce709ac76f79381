package fr.galien.mssante;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.module.MeasuredClient;
import jakarta.activation.DataHandler;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.BodyTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.SearchTerm;
import jakarta.mail.search.SubjectTerm;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The MSSanté client over Jakarta Mail (Angus): SMTP submission and IMAP with STARTTLS and XOAUTH2
 * ({@link MailSessions}). A sent mail is also appended to the mailbox's « Sent » folder, and {@link #send} looks
 * there first for its Message-ID: an outbox resend after a crash finds it and stops (exactly once, with the
 * operator's own dedup behind). Every call counts in the figures of the Services view.
 */
final class JakartaMailClient implements MssantePort, MeasuredClient {

    static final String SENT = "Sent";

    private final MssSettings settings;
    private final MailSessions sessions;
    private final AnnuaireClient annuaire;
    private final Clock clock;
    private final Supplier<Optional<AccessToken>> tokens;
    private final Object lock = new Object();
    private long calls;
    private long failures;
    private Duration lastDuration;
    private boolean lastFailed;
    private String lastError;
    private Instant lastAt;

    JakartaMailClient(MssSettings settings, Supplier<Optional<AccessToken>> tokens, AnnuaireClient annuaire,
                      Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.annuaire = annuaire;
        this.clock = clock;
        this.sessions = settings.configured() ? new MailSessions(settings, tokens, clock) : null;
    }

    boolean configured() {
        return sessions != null;
    }

    MssSettings settings() {
        return settings;
    }

    private MailSessions sessions() {
        if (sessions == null) {
            throw new SegurException(MssClientError.MSS_0100);
        }
        return sessions;
    }

    @Override
    public List<Mailbox> mailboxes() {
        Set<String> addresses = new LinkedHashSet<>();
        List<Mailbox> mailboxes = new ArrayList<>();
        Optional<AccessToken> token = tokens.get();
        if (token.isPresent() && token.get().nationalId() != null && annuaire.configured()) {
            try {
                for (DirectoryEntry entry : annuaire.personalMailboxes(token.get().nationalId())) {
                    if (addresses.add(entry.address())) {
                        mailboxes.add(new Mailbox(entry.address(), entry.name(), MailboxType.PER));
                    }
                }
            } catch (SegurException unavailable) {
                // The configured mailboxes still work without the directory.
            }
        }
        for (String address : settings.mailboxes()) {
            if (addresses.add(address)) {
                mailboxes.add(new Mailbox(address, address, MailboxType.ORG));
            }
        }
        return mailboxes;
    }

    @Override
    public List<DirectoryEntry> searchDirectory(String text, int max) {
        return annuaire.search(text, max);
    }

    @Override
    public SendReceipt send(OutgoingMail mail) {
        return measured(() -> {
            MailSessions s = sessions();
            synchronized (lock) {
                Store store = s.store(mail.from());
                jakarta.mail.Folder sent = sentFolder(store);
                if (alreadyIn(sent, mail.messageId())) {
                    return new SendReceipt(mail.messageId(), clock.instant(), true);
                }
                MimeMessage message = mime(s.smtp(), mail);
                Transport transport = s.smtp().getTransport("smtp");
                try {
                    transport.connect(settings.smtpHost(), settings.smtpPort(), mail.from(), s.token());
                    transport.sendMessage(message, message.getAllRecipients());
                } finally {
                    transport.close();
                }
                try {
                    // Most operators file the sender's copy themselves; append one only when they did not.
                    if (!alreadyIn(sent, mail.messageId())) {
                        sent.appendMessages(new Message[] {message});
                    }
                } catch (MessagingException e) {
                    // Sent copy is a convenience; the operator's dedup still guards the resend.
                }
                return new SendReceipt(mail.messageId(), clock.instant(), false);
            }
        }, mail.from());
    }

    private static jakarta.mail.Folder sentFolder(Store store) throws MessagingException {
        jakarta.mail.Folder sent = store.getFolder(SENT);
        if (!sent.exists()) {
            sent.create(jakarta.mail.Folder.HOLDS_MESSAGES);
        }
        return sent;
    }

    private static boolean alreadyIn(jakarta.mail.Folder folder, String messageId) throws MessagingException {
        folder.open(jakarta.mail.Folder.READ_ONLY);
        try {
            return folder.search(new HeaderTerm("Message-ID", messageId)).length > 0;
        } finally {
            folder.close(false);
        }
    }

    /** The MIME message of SC.MSS.10–16: UTF-8, text/plain, X-MSS-*, receipts requested, our Message-ID. */
    static MimeMessage mime(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.messageId() + ">");
            }
        };
        try {
            message.setFrom(new InternetAddress(mail.from(), mail.fromDisplayName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        List<InternetAddress> to = new ArrayList<>();
        for (String recipient : mail.to()) {
            to.add(new InternetAddress(recipient));
        }
        message.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.receiptsTo().isPresent()) {
            message.setHeader("Disposition-Notification-To", "<" + mail.receiptsTo().get() + ">");
            message.setHeader("Return-Receipt-To", "<" + mail.receiptsTo().get() + ">");
        }
        if (mail.attachments().isEmpty()) {
            message.setText(mail.body(), "UTF-8");
        } else {
            Multipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            parts.addBodyPart(text);
            for (Attachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.mimeType())));
                try {
                    part.setFileName(MimeUtility.encodeText(attachment.fileName(), "UTF-8", null));
                } catch (UnsupportedEncodingException e) {
                    part.setFileName(attachment.fileName());
                }
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                part.setHeader("Content-Transfer-Encoding", "base64");
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    @Override
    public List<Folder> folders(String mailbox) {
        return measured(() -> {
            synchronized (lock) {
                Store store = sessions().store(mailbox);
                List<MssantePort.Folder> folders = new ArrayList<>();
                for (jakarta.mail.Folder folder : store.getDefaultFolder().list("*")) {
                    if ((folder.getType() & jakarta.mail.Folder.HOLDS_MESSAGES) != 0) {
                        folders.add(new MssantePort.Folder(folder.getFullName(), folder.getMessageCount(),
                                folder.getUnreadMessageCount()));
                    }
                }
                return folders;
            }
        }, mailbox);
    }

    @Override
    public List<MessageSummary> messages(String mailbox, String folderName, String text, int max) {
        return measured(() -> {
            synchronized (lock) {
                jakarta.mail.Folder folder = open(mailbox, folderName, jakarta.mail.Folder.READ_ONLY);
                try {
                    Message[] found = text == null || text.isBlank() ? folder.getMessages()
                            : folder.search(new OrTerm(new SearchTerm[] {new SubjectTerm(text),
                                    new FromStringTerm(text), new BodyTerm(text)}));
                    List<Message> newest = new ArrayList<>(Arrays.asList(found));
                    Collections.reverse(newest);
                    return summaries(folder, newest.subList(0, Math.min(max, newest.size())));
                } finally {
                    folder.close(false);
                }
            }
        }, mailbox);
    }

    @Override
    public List<MessageSummary> unseen(String mailbox, int max) {
        return measured(() -> {
            synchronized (lock) {
                jakarta.mail.Folder folder = open(mailbox, "INBOX", jakarta.mail.Folder.READ_ONLY);
                try {
                    Message[] found = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                    List<Message> oldest = Arrays.asList(found);
                    return summaries(folder, oldest.subList(0, Math.min(max, oldest.size())));
                } finally {
                    folder.close(false);
                }
            }
        }, mailbox);
    }

    @Override
    public RawMessage fetch(String mailbox, String folderName, long uid, long maxBytes) {
        return measured(() -> {
            synchronized (lock) {
                jakarta.mail.Folder folder = open(mailbox, folderName, jakarta.mail.Folder.READ_WRITE);
                try {
                    Message message = ((UIDFolder) folder).getMessageByUID(uid);
                    if (message == null) {
                        throw new SegurException(MssClientError.MSS_0108, folderName + "/" + uid);
                    }
                    long limit = Math.min(maxBytes, settings.maxFetchBytes());
                    if (message.getSize() > limit) {
                        throw new SegurException(MssClientError.MSS_0107, message.getSize(), limit);
                    }
                    BoundedOutput out = new BoundedOutput(limit);
                    try {
                        message.writeTo(out);
                    } catch (IOException e) {
                        if (out.exceeded()) {
                            throw new SegurException(MssClientError.MSS_0107, out.size(), limit);
                        }
                        throw new MessagingException("read failed", e);
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                    return new RawMessage(folderName, uid, out.toByteArray());
                } finally {
                    folder.close(false);
                }
            }
        }, mailbox);
    }

    private jakarta.mail.Folder open(String mailbox, String name, int mode) throws MessagingException {
        Store store = sessions().store(mailbox);
        jakarta.mail.Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            throw new SegurException(MssClientError.MSS_0108, name);
        }
        folder.open(mode);
        return folder;
    }

    private static List<MessageSummary> summaries(jakarta.mail.Folder folder, List<Message> messages)
            throws MessagingException {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.SIZE);
        profile.add(UIDFolder.FetchProfileItem.UID);
        Message[] array = messages.toArray(Message[]::new);
        folder.fetch(array, profile);
        List<MessageSummary> summaries = new ArrayList<>();
        for (Message message : array) {
            String[] ids = message.getHeader("Message-ID");
            String from = message.getFrom() == null || message.getFrom().length == 0 ? null
                    : message.getFrom()[0] instanceof InternetAddress address ? address.getAddress().toLowerCase(
                    Locale.ROOT) : message.getFrom()[0].toString();
            Date date = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
            summaries.add(new MessageSummary(folder.getFullName(), ((UIDFolder) folder).getUID(message),
                    ids == null || ids.length == 0 ? null : ids[0].replaceAll("[<>]", "").strip(), from,
                    message.getSubject(), date == null ? null : date.toInstant(),
                    message.isSet(Flags.Flag.SEEN), message.getSize()));
        }
        return summaries;
    }

    /** Closes every session (module stop, PSC logout). */
    void close() {
        if (sessions != null) {
            sessions.closeAll();
        }
    }

    @FunctionalInterface
    private interface MailCall<T> {
        T run() throws MessagingException;
    }

    private <T> T measured(MailCall<T> call, String mailbox) {
        long start = System.nanoTime();
        try {
            T result = call.run();
            record(start, null);
            return result;
        } catch (MessagingException e) {
            if (sessions != null) {
                sessions.drop(mailbox);
            }
            SegurException failure = MailFailures.of(e, mailbox);
            record(start, failure.code());
            throw failure;
        } catch (SegurException e) {
            record(start, e.code());
            throw e;
        } catch (IllegalStateException e) {
            // Jakarta Mail's "not connected" after the operator closed the session: reopen next time (CONF.11).
            if (sessions != null) {
                sessions.drop(mailbox);
            }
            record(start, MssClientError.MSS_0101.code());
            throw new SegurException(MssClientError.MSS_0101, e, MailFailures.reason(e));
        }
    }

    private void record(long start, String errorCode) {
        synchronized (this) {
            calls++;
            lastDuration = Duration.ofNanos(System.nanoTime() - start);
            lastFailed = errorCode != null;
            lastAt = clock.instant();
            if (errorCode != null) {
                failures++;
                lastError = errorCode;
            }
        }
    }

    @Override
    public synchronized Optional<CallStats.Snapshot> callStats() {
        if (sessions == null) {
            return Optional.empty();
        }
        return Optional.of(new CallStats.Snapshot(calls, failures, Optional.ofNullable(lastDuration), lastFailed,
                Optional.ofNullable(lastError), Optional.ofNullable(lastAt)));
    }

    /** A byte sink that refuses to grow past its limit. */
    private static final class BoundedOutput extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long limit;
        private boolean exceeded;

        BoundedOutput(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (bytes.size() + (long) len > limit) {
                exceeded = true;
                throw new IOException("message larger than " + limit);
            }
            bytes.write(b, off, len);
        }

        boolean exceeded() {
            return exceeded;
        }

        long size() {
            return bytes.size();
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
