package fr.galien.core.mssante;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxRequest;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.port.MssantePort.Attachment;
import fr.galien.core.port.MssantePort.OutgoingMail;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Composing MSSanté mail (specs §3.2–3.4): checks every rule before anything leaves — recipients inside the MSSanté
 * space, a Mon espace santé address only for the patient chosen and only with a qualified identity (SC.MSS.14,
 * UX.32) —, packages structured documents as IHE XDM, sets the {@code X-MSS-*} headers, then stores the mail and
 * queues it in the outbox in one transaction. The Message-ID, generated once here, is the outbox idempotency key:
 * the connector does not submit a mail already in Sent and the operator drops a second copy, so a mail leaves once,
 * also across a {@code kill -9}.
 */
public final class SecureMail {

    /** Outbox service id: the {@code mss} module's handler sends these rows. */
    public static final String SERVICE = "mss";
    public static final String OPERATION = "send";
    /** The invented {@code X-MSS-NIL} of the sandbox; a real one is given at the Ségur referencing. */
    public static final String DEFAULT_NIL = "GALIEN-SANDBOX-0001";
    public static final long MAX_ATTACHMENTS_BYTES = 20L * 1024 * 1024;
    private static final int MAX_SUBJECT = 900;
    private static final int MAX_BODY = 900_000;

    private static final String INSERT = "INSERT INTO mss_outgoing (id, message_id, mailbox, from_name, recipients, "
            + "subject, body, headers, receipts_to, patient_id, created_by, created_at, delivery, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)";
    private static final String INSERT_ATTACHMENT = "INSERT INTO mss_outgoing_attachment (outgoing_id, position, "
            + "file_name, mime_type, content) VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, message_id, mailbox, from_name, recipients, subject, body, "
            + "headers, receipts_to, patient_id, created_at, delivery, delivery_detail FROM mss_outgoing ";
    private static final String BY_ID = SELECT + "WHERE id = ?";
    private static final String BY_MESSAGE_ID = SELECT + "WHERE message_id = ?";
    private static final String RECENT = SELECT + "ORDER BY created_at DESC FETCH FIRST ? ROWS ONLY";
    private static final String ATTACHMENTS = "SELECT file_name, mime_type, content FROM mss_outgoing_attachment "
            + "WHERE outgoing_id = ? ORDER BY position";
    private static final String UPDATE_DELIVERY = "UPDATE mss_outgoing SET delivery = ?, delivery_detail = ?, "
            + "updated_at = ? WHERE message_id = ?";

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final PatientRegistry patients;
    private final Outbox outbox;
    private final MssAddresses addresses;
    private final String softwareId;
    private final Clock clock;

    /**
     * @param softwareId the {@code X-MSS-NIL} value: the identification number given at the Ségur referencing
     */
    public SecureMail(Transactions transactions, AuditTrail auditTrail, PatientRegistry patients, Outbox outbox,
                      MssAddresses addresses, String softwareId, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
        this.patients = Objects.requireNonNull(patients, "patients");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.softwareId = Objects.requireNonNull(softwareId, "softwareId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What was queued. */
    public record Queued(UUID id, String messageId, List<String> recipients, boolean withXdm) {
    }

    /** A mail composed here, with its delivery state (queued → sent → delivered → read, or failed). */
    public record Sent(UUID id, String messageId, String mailbox, List<String> recipients, String subject,
                       Optional<UUID> patientId, Instant createdAt, String delivery, String deliveryDetail) {
    }

    /**
     * Checks, packages and queues one mail.
     *
     * @param ownMailboxes the sender's mailboxes (settings): {@code draft.from()} must be one of them
     * @throws SegurException {@code MSS-0001}…{@code MSS-0007}, {@code MSS-0012}; {@code XDM-0008} an unreadable CDA
     */
    public Queued compose(Caller caller, Draft draft, List<String> ownMailboxes) {
        Optional<UUID> patientId = draft.patientId();
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_SEND, patientId.orElse(null));
        String from = addresses.requireTrusted(draft.from());
        if (ownMailboxes.stream().map(MssAddresses::normalise).noneMatch(from::equals)) {
            throw new SegurException(MssError.MSS_0007, from);
        }
        if (draft.subject().length() > MAX_SUBJECT || draft.body().length() > MAX_BODY) {
            throw new SegurException(MssError.MSS_0012, draft.subject().length() > MAX_SUBJECT ? "objet" : "texte");
        }
        Optional<QualifiedIns> ins = Optional.empty();
        Optional<Patient> patient = patientId.map(id -> patients.open(caller, id));
        Set<String> recipients = new LinkedHashSet<>();
        boolean patientRecipient = draft.toPatient() || draft.to().stream().anyMatch(MssAddresses::isPatientAddress);
        if (patientRecipient) {
            if (patient.isEmpty()) {
                throw new SegurException(MssError.MSS_0004, draft.to().stream().filter(MssAddresses::isPatientAddress)
                        .findFirst().orElse(MssAddresses.PATIENT_DOMAIN));
            }
            ins = Optional.of(qualified(patient.get()));
        } else if (patient.isPresent()) {
            ins = InsExchange.ifQualified(patient.get());
        }
        if (draft.toPatient()) {
            recipients.add(MssAddresses.patientAddress(ins.orElseThrow()));
        }
        for (String to : draft.to()) {
            String address = addresses.requireTrusted(to);
            if (MssAddresses.isPatientAddress(address)) {
                String own = MssAddresses.patientAddress(ins.orElseThrow()).toLowerCase(Locale.ROOT);
                if (!own.equals(address)) {
                    throw new SegurException(MssError.MSS_0004, address);
                }
            }
            recipients.add(address);
        }
        if (recipients.isEmpty()) {
            throw new SegurException(MssError.MSS_0005);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String messageId = id + "@" + from.substring(from.indexOf('@') + 1);
        List<Attachment> attachments = new ArrayList<>(draft.attachments());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-MSS-NIL", softwareId);
        String subject = draft.subject().strip();
        boolean withXdm = !draft.structured().isEmpty();
        if (withXdm) {
            XdmPackage.Built built = XdmPackage.build(new XdmPackage.Submission(ins, draft.fromName(),
                    List.copyOf(recipients), "Galien", now, id.toString()), draft.structured());
            attachments.add(0, new Attachment(XdmPackage.FILE_NAME, "application/zip", built.zip()));
            headers.put("X-MSS-INS", built.qualifiedIns() ? "O" : "N");
            if (!built.cdaCodes().isEmpty()) {
                headers.put("X-MSS-CODECDA", String.join(",", built.cdaCodes()));
            }
            // IHE XDM subject convention; receiving clients hide the prefix (UX.28).
            subject = "XDM/1.0/DDM+" + subject;
        }
        if (draft.noReply() && recipients.stream().anyMatch(MssAddresses::isPatientAddress)) {
            headers.put("X-MSS-MES", "FIN");
        }
        if (draft.inReplyTo() != null && !draft.inReplyTo().isBlank()) {
            String answered = MimeReader.messageId(draft.inReplyTo());
            headers.put("In-Reply-To", "<" + answered + ">");
            headers.put("References", "<" + answered + ">");
        }
        long size = attachments.stream().mapToLong(a -> a.content().length).sum();
        if (size > MAX_ATTACHMENTS_BYTES) {
            throw new SegurException(MssError.MSS_0006, size, MAX_ATTACHMENTS_BYTES);
        }
        String finalSubject = subject;
        Optional<UUID> concerned = patient.map(Patient::id);
        transactions.inTransaction(tx -> {
            insert(tx, id, messageId, from, draft, recipients, finalSubject, headers, concerned, caller, now,
                    attachments);
            outbox.enqueue(tx, new OutboxRequest(SERVICE, OPERATION, messageId, id.toString()));
            auditTrail.append(tx, new AuditEvent(caller, concerned.orElse(null), AuditAction.MSS_SEND,
                    AuditOutcome.SUCCESS, "queued <" + messageId + "> to " + recipients.size()
                    + (withXdm ? " with IHE_XDM" : "")));
            return null;
        });
        return new Queued(id, messageId, List.copyOf(recipients), withXdm);
    }

    private static QualifiedIns qualified(Patient patient) {
        try {
            return InsExchange.requireQualified(patient);
        } catch (SegurException refused) {
            throw new SegurException(MssError.MSS_0003, refused, refused.userMessage());
        }
    }

    private void insert(Connection tx, UUID id, String messageId, String from, Draft draft, Set<String> recipients,
                        String subject, Map<String, String> headers, Optional<UUID> patientId, Caller caller,
                        Instant now, List<Attachment> attachments) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, messageId);
            insert.setString(3, from);
            insert.setString(4, draft.fromName());
            insert.setString(5, String.join("\n", recipients));
            insert.setString(6, subject);
            insert.setString(7, draft.body());
            insert.setString(8, headerText(headers));
            insert.setString(9, draft.receipts() ? from : null);
            insert.setObject(10, patientId.orElse(null));
            insert.setString(11, caller.userId());
            insert.setTimestamp(12, Timestamp.from(now));
            insert.setTimestamp(13, Timestamp.from(now));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement(INSERT_ATTACHMENT)) {
            for (int i = 0; i < attachments.size(); i++) {
                Attachment attachment = attachments.get(i);
                insert.setObject(1, id);
                insert.setInt(2, i);
                insert.setString(3, attachment.fileName());
                insert.setString(4, attachment.mimeType());
                insert.setBytes(5, attachment.content());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String headerText(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ")
                .append(value.replaceAll("[\\r\\n]", " ")).append('\n'));
        return text.toString();
    }

    private static Map<String, String> headerMap(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }

    /**
     * The mail the outbox row {@code payload} names, ready for {@code MssantePort.send}: what the connector's outbox
     * handler submits. Not audited (the compose was; the send is by the connector).
     *
     * @throws SegurException {@code MSS-0008} when it is not in the database
     */
    public static OutgoingMail outgoing(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SegurException(MssError.MSS_0008, id);
                }
                List<Attachment> attachments = new ArrayList<>();
                try (PreparedStatement parts = connection.prepareStatement(ATTACHMENTS)) {
                    parts.setObject(1, id);
                    try (ResultSet part = parts.executeQuery()) {
                        while (part.next()) {
                            attachments.add(new Attachment(part.getString(1), part.getString(2), part.getBytes(3)));
                        }
                    }
                }
                return new OutgoingMail(row.getString("message_id"), row.getString("mailbox"),
                        row.getString("from_name"), List.of(row.getString("recipients").split("\n")),
                        row.getString("subject"), row.getString("body"), headerMap(row.getString("headers")),
                        Optional.ofNullable(row.getString("receipts_to")), attachments);
            }
        }
    }

    /** The delivery state moves forward only (a late "delivered" never hides a "read"); failures always show. */
    public static void delivery(Connection connection, String messageId, String state, String detail, Instant at)
            throws SQLException {
        Optional<Sent> current = find(connection, messageId);
        if (current.isEmpty()) {
            return;
        }
        List<String> order = List.of("queued", "sent", "delivered", "read");
        String now = current.get().delivery();
        if (!state.equals("failed") && (now.equals("failed") || order.indexOf(state) <= order.indexOf(now))) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE_DELIVERY)) {
            update.setString(1, state);
            update.setString(2, detail == null ? null : detail.length() > 4000 ? detail.substring(0, 4000) : detail);
            update.setTimestamp(3, Timestamp.from(at));
            update.setString(4, messageId);
            update.executeUpdate();
        }
    }

    public static Optional<Sent> find(Connection connection, String messageId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_MESSAGE_ID)) {
            select.setString(1, messageId);
            List<Sent> rows = sent(select);
            return rows.stream().findFirst();
        }
    }

    /** The mails composed here, newest first (the « Envoyés » view with receipts). */
    public List<Sent> recent(Caller caller, int limit) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_READ, null);
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(RECENT)) {
                select.setInt(1, limit);
                return sent(select);
            }
        });
    }

    public Optional<Sent> find(String messageId) {
        return transactions.read(connection -> find(connection, messageId));
    }

    private static List<Sent> sent(PreparedStatement select) throws SQLException {
        List<Sent> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new Sent(row.getObject("id", UUID.class), row.getString("message_id"),
                        row.getString("mailbox"), List.of(row.getString("recipients").split("\n")),
                        row.getString("subject"), Optional.ofNullable(row.getObject("patient_id", UUID.class)),
                        row.getTimestamp("created_at").toInstant(), row.getString("delivery"),
                        row.getString("delivery_detail")));
            }
        }
        return rows;
    }

    /** Used by tests and the CLI: the X-MSS headers a stored mail carries. */
    static Map<String, String> headersOf(String text) {
        return headerMap(text);
    }
}
