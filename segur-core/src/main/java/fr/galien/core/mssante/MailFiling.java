package fr.galien.core.mssante;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.port.MssantePort;
import fr.galien.core.patient.duplicates.DuplicateCandidate;
import fr.galien.core.patient.duplicates.DuplicateScorer;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What happens to a received MSSanté message (specs §3.4 receiving side, SC.MSS/UX.02–15): it is read with the
 * bounded {@link MimeReader}; a delivery or read report updates the mail it reports on; every CDA it carries — in an
 * IHE_XDM.ZIP ({@link XdmArchive}) or attached as is — is filed into the patient's documents (origin MSSANTE,
 * de-duplicated by unique id) when its qualified INS and strict traits equal those of exactly one qualified patient
 * here; otherwise it waits in the worklist with the most similar patient ({@link DuplicateScorer}) for a user to
 * confirm. A hostile message is refused with its code and recorded, never thrown at the fetch loop. Audited: the
 * Message-ID and ids, never the body.
 */
public final class MailFiling {

    private static final String INSERT_MESSAGE = "INSERT INTO mss_incoming (id, mailbox, message_id, from_address, "
            + "subject, patient_id, outcome, detail, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND_MESSAGE = "SELECT id FROM mss_incoming WHERE mailbox = ? AND message_id = ?";
    private static final String INSERT_DOCUMENT = "INSERT INTO mss_incoming_document (id, incoming_id, unique_id, "
            + "title, type_code, mime_type, content, ins_matricule, ins_oid, birth_name, first_names, sex, "
            + "birth_date, birth_place, candidate_patient_id, score, state, patient_id, document_id, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String WORK_COLUMNS = "d.id, d.unique_id, d.title, d.type_code, d.mime_type, "
            + "d.ins_matricule, d.ins_oid, d.birth_name, d.first_names, d.sex, d.birth_date, d.birth_place, "
            + "d.candidate_patient_id, d.score, d.state, d.patient_id, d.document_id, d.created_at, m.from_address, "
            + "m.subject, m.message_id";
    private static final String PENDING = "SELECT " + WORK_COLUMNS + " FROM mss_incoming_document d JOIN "
            + "mss_incoming m ON m.id = d.incoming_id WHERE d.state = 'pending' ORDER BY d.created_at, d.id "
            + "FETCH FIRST ? ROWS ONLY";
    private static final String BY_ID = "SELECT " + WORK_COLUMNS + " FROM mss_incoming_document d JOIN "
            + "mss_incoming m ON m.id = d.incoming_id WHERE d.id = ?";
    private static final String CONTENT = "SELECT content FROM mss_incoming_document WHERE id = ?";
    private static final String RESOLVE = "UPDATE mss_incoming_document SET state = ?, patient_id = ?, "
            + "document_id = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND state = 'pending'";
    private static final String COUNT_PENDING = "SELECT COUNT(*) FROM mss_incoming_document WHERE state = 'pending'";

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final PatientRegistry patients;
    private final PatientDocuments documents;
    private final Clock clock;

    public MailFiling(Transactions transactions, AuditTrail auditTrail, PatientRegistry patients,
                      PatientDocuments documents, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
        this.patients = Objects.requireNonNull(patients, "patients");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What became of one received message. */
    public enum Outcome { MESSAGE, REPORT, DOCUMENTS, REFUSED, ALREADY_RECEIVED }

    /**
     * @param filed   documents filed to a patient at once
     * @param pending documents set aside in the worklist
     * @param code    the refusal code ({@code MSS-0009}, {@code XDM-0003}…) of a refused message or archive
     * @param sender  the patient who wrote, when the sender is a Mon espace santé address of a patient here
     */
    public record Received(Outcome outcome, String messageId, ReceivedMail mail, int filed, int pending,
                           Optional<String> code, Optional<Patient> sender) {
    }

    /** A received document waiting for a user (or filed / rejected). */
    public record WorkItem(UUID id, String uniqueId, String title, String typeCode, String mimeType,
                           String insMatricule, String insOid, String birthName, String firstNames, String sex,
                           String birthDate, String birthPlace, Optional<UUID> candidatePatientId, int score,
                           String state, Optional<UUID> patientId, Optional<UUID> documentId, Instant createdAt,
                           String from, String subject, String messageId) {
    }

    /**
     * Reads and files one received message (the connector gives its raw bytes).
     *
     * @param caller the user the filing runs for (the mailbox owner): filing needs {@code CLINICAL_WRITE}
     */
    public Received receive(Caller caller, String mailbox, byte[] raw) {
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.MSS_RECEIVE, null);
        ReceivedMail mail;
        try {
            mail = MimeReader.read(raw);
        } catch (SegurException refused) {
            String messageId = "sha256:" + sha256(raw);
            record(caller, mailbox, messageId, null, null, Optional.empty(), "refused", refused.code());
            return new Received(Outcome.REFUSED, messageId, null, 0, 0, Optional.of(refused.code()),
                    Optional.empty());
        }
        String messageId = mail.messageId() != null ? mail.messageId() : "sha256:" + sha256(raw);
        Optional<Patient> sender = patientSender(caller, mail.from());
        if (transactions.read(c -> exists(c, mailbox, messageId))) {
            return new Received(Outcome.ALREADY_RECEIVED, messageId, mail, 0, 0, Optional.empty(), sender);
        }
        if (mail.report().isPresent()) {
            ReceivedMail.Report report = mail.report().get();
            transactions.inTransaction(tx -> {
                if (report.originalMessageId() != null) {
                    String state = report.failure() ? "failed"
                            : report.kind() == ReceivedMail.ReportKind.DELIVERY ? "delivered" : "read";
                    SecureMail.delivery(tx, report.originalMessageId(), state,
                            report.recipient() + " : " + (report.diagnostic() != null ? report.diagnostic()
                                    : report.status()), clock.instant());
                }
                insertMessage(tx, caller, mailbox, messageId, mail, Optional.empty(), "report", null);
                return null;
            });
            return new Received(Outcome.REPORT, messageId, mail, 0, 0, Optional.empty(), sender);
        }
        List<Found> found = new ArrayList<>();
        String refusal = null;
        for (ReceivedMail.Part part : mail.attachments()) {
            try {
                found.addAll(documentsOf(part));
            } catch (SegurException refused) {
                refusal = refused.code();
            }
        }
        int[] counts = new int[2];
        String finalRefusal = refusal;
        List<Match> matches = new ArrayList<>();
        for (Found document : found) {
            matches.add(match(caller, document));
        }
        transactions.inTransaction(tx -> {
            UUID incoming = insertMessage(tx, caller, mailbox, messageId, mail,
                    sender.map(Patient::id), found.isEmpty() ? (finalRefusal != null ? "refused" : "message")
                            : "documents", finalRefusal);
            for (int i = 0; i < found.size(); i++) {
                Found document = found.get(i);
                Match match = matches.get(i);
                UUID documentId = null;
                if (match.patientId != null) {
                    PatientDocument filed = documents.add(tx, caller, newDocument(match.patientId, document));
                    documentId = filed.id();
                    counts[0]++;
                    auditTrail.append(tx, new AuditEvent(caller, match.patientId, AuditAction.MSS_FILE,
                            AuditOutcome.SUCCESS, "filed from <" + messageId + "> document " + filed.id()
                            + " by qualified INS"));
                } else {
                    counts[1]++;
                }
                insertDocument(tx, incoming, document, match, documentId);
            }
            return null;
        });
        return new Received(found.isEmpty() ? (refusal != null ? Outcome.REFUSED : Outcome.MESSAGE)
                : Outcome.DOCUMENTS, messageId, mail, counts[0], counts[1], Optional.ofNullable(refusal), sender);
    }

    /**
     * Pulls the mailbox's new mail ({@code galien mss fetch}, the app's background job): each unseen message of
     * INBOX is downloaded (bounded by {@link MimeReader#MAX_BYTES}, refused above), read and filed. One message the
     * operator refuses to give is skipped and reported, the others go on.
     */
    public List<Received> fetch(Caller caller, MssantePort port, String mailbox, int max) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_RECEIVE, null);
        List<Received> received = new ArrayList<>();
        for (MssantePort.MessageSummary summary : port.unseen(mailbox, max)) {
            MssantePort.RawMessage raw;
            try {
                raw = port.fetch(mailbox, summary.folder(), summary.uid(), MimeReader.MAX_BYTES);
            } catch (SegurException tooLarge) {
                String messageId = summary.messageId() != null ? summary.messageId() : "uid:" + summary.uid();
                record(caller, mailbox, messageId, summary.from(), summary.subject(), Optional.empty(), "refused",
                        tooLarge.code());
                received.add(new Received(Outcome.REFUSED, messageId, null, 0, 0, Optional.of(tooLarge.code()),
                        Optional.empty()));
                continue;
            }
            received.add(receive(caller, mailbox, raw.content()));
        }
        return received;
    }

    /** A message opened in the reading pane, with the patient who wrote it when it came from Mon espace santé. */
    public record Opened(ReceivedMail mail, Optional<Patient> sender) {
    }

    /**
     * Opens one message for reading (marks it seen at the operator): audited {@code MSS_READ} with its Message-ID,
     * never its content. A message the bounded reader refuses is reported with its code.
     */
    public Opened open(Caller caller, MssantePort port, String mailbox, String folder, long uid) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.MSS_READ, null);
        MssantePort.RawMessage raw = port.fetch(mailbox, folder, uid, MimeReader.MAX_BYTES);
        ReceivedMail mail = MimeReader.read(raw.content());
        Optional<Patient> sender = patientSender(caller, mail.from());
        transactions.inTransaction(tx -> {
            auditTrail.append(tx, new AuditEvent(caller, sender.map(Patient::id).orElse(null), AuditAction.MSS_READ,
                    AuditOutcome.SUCCESS, "opened <" + cut(String.valueOf(mail.messageId()), 250) + "> in "
                    + mailbox + "/" + folder));
            return null;
        });
        return new Opened(mail, sender);
    }

    /** The patient behind a Mon espace santé sender address, if that patient is here with a qualified INS. */
    public Optional<Patient> patientSender(Caller caller, String from) {
        Optional<String> matricule = MssAddresses.patientMatricule(from);
        if (matricule.isEmpty()) {
            return Optional.empty();
        }
        return patients.search(caller, matricule.get(), 5).stream()
                .filter(p -> p.identityStatus() == IdentityStatus.QUALIFIEE
                        && matricule.get().equalsIgnoreCase(p.matricule()))
                .findFirst();
    }

    private record Found(CdaHeader header, String uniqueId, String title, String typeCode, String mimeType,
                         byte[] content) {
    }

    private record Match(UUID patientId, UUID candidateId, int score) {
    }

    /** The CDA documents of one attachment: an IHE XDM archive, or a CDA attached as is. */
    private static List<Found> documentsOf(ReceivedMail.Part part) {
        List<Found> found = new ArrayList<>();
        String name = part.fileName() == null ? "" : part.fileName().toUpperCase(Locale.ROOT);
        if (name.endsWith(".ZIP") || part.mimeType().equals("application/zip")
                || part.mimeType().equals("application/x-zip-compressed")) {
            for (XdmArchive.Entry entry : XdmArchive.read(part.content())) {
                if (entry.mimeType() != null && entry.mimeType().toLowerCase(Locale.ROOT).contains("xml")) {
                    CdaHeader header = CdaHeaderReader.read(entry.content(), entry.path());
                    found.add(new Found(header, entry.uniqueId() != null ? entry.uniqueId() : header.uniqueId(),
                            header.title().isBlank() ? entry.title() : header.title(),
                            header.typeCode() != null ? header.typeCode() : entry.typeCode(), "text/xml",
                            entry.content()));
                }
            }
        } else if (name.endsWith(".XML") || part.mimeType().equals("text/xml")
                || part.mimeType().equals("application/xml")) {
            CdaHeader header = CdaHeaderReader.read(part.content(), part.fileName());
            found.add(new Found(header, header.uniqueId(), header.title(), header.typeCode(), "text/xml",
                    part.content()));
        }
        return found;
    }

    /** Qualified INS and strict traits equal to one qualified patient: filed; otherwise the best candidate. */
    private Match match(Caller caller, Found document) {
        CdaHeader header = document.header();
        Optional<CdaHeader.PatientId> ins = header.ins();
        if (ins.isPresent()) {
            List<Patient> same = patients.search(caller, ins.get().extension(), 5).stream()
                    .filter(p -> p.identityStatus() == IdentityStatus.QUALIFIEE
                            && ins.get().extension().equalsIgnoreCase(p.matricule())
                            && ins.get().root().equals(p.oid()) && sameTraits(p, header))
                    .toList();
            if (same.size() == 1) {
                return new Match(same.get(0).id(), same.get(0).id(), 100);
            }
        }
        Patient draft = draftOf(header);
        UUID best = null;
        int bestScore = 0;
        for (Patient candidate : patients.lookalikes(caller, draft)) {
            int score = DuplicateScorer.score(DuplicateCandidate.of(draft), DuplicateCandidate.of(candidate)).score();
            if (score > bestScore) {
                bestScore = score;
                best = candidate.id();
            }
        }
        return new Match(null, best, bestScore);
    }

    private static boolean sameTraits(Patient patient, CdaHeader header) {
        return same(patient.birthName(), header.birthName())
                && !header.firstNames().isEmpty() && same(patient.firstFirstName(), header.firstNames().get(0))
                && patient.sex() != null && patient.sex().name().equalsIgnoreCase(header.sex())
                && patient.birthDate() != null && birthDate(header.birthTime()).filter(patient.birthDate()::equals)
                .isPresent();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static Optional<BirthDate> birthDate(String hl7) {
        if (hl7 == null || hl7.length() < 8 || !hl7.substring(0, 8).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return BirthDate.parseIso(hl7.substring(0, 4) + "-" + hl7.substring(4, 6) + "-" + hl7.substring(6, 8));
    }

    private static Patient draftOf(CdaHeader header) {
        return Patient.draft(header.birthName() == null ? "" : header.birthName(), null, header.firstNames(),
                Sex.fromCode(header.sex()).orElse(null), birthDate(header.birthTime()).orElse(null),
                header.birthPlaceCode(), Contact.NONE);
    }

    private NewDocument newDocument(UUID patientId, Found document) {
        CdaHeader header = document.header();
        DocumentType type = header.typeCode() == null ? DocumentType.AUTRE
                : new DocumentType(header.typeCode(), header.typeCodeSystem() == null ? DocumentType.LOINC
                : header.typeCodeSystem(), header.typeDisplay() == null ? header.typeCode() : header.typeDisplay());
        String title = document.title() == null || document.title().isBlank() ? type.display() : document.title();
        return new NewDocument(patientId, document.uniqueId(), type, title.length() > 255 ? title.substring(0, 255)
                : title, document.mimeType(), documentDate(header.effectiveTime()),
                header.author() == null || header.author().isBlank() ? null : header.author(),
                DocumentOrigin.MSSANTE, document.content());
    }

    private Instant documentDate(String ts) {
        if (ts != null && ts.length() >= 8 && ts.substring(0, 8).chars().allMatch(Character::isDigit)) {
            try {
                String digits = (ts.replaceAll("[^0-9].*$", "") + "000000").substring(0, 14);
                return LocalDateTime.parse(digits, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                        .atZone(ZoneId.of("Europe/Paris")).toInstant();
            } catch (RuntimeException e) {
                return clock.instant();
            }
        }
        return clock.instant();
    }

    /** Documents waiting for a user, oldest first. */
    public List<WorkItem> pending(Caller caller, int limit) {
        authorization.require(caller, Action.CLINICAL_READ, AuditAction.MSS_READ, null);
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(PENDING)) {
                select.setInt(1, limit);
                return items(select);
            }
        });
    }

    public long pendingCount() {
        return transactions.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement(COUNT_PENDING);
                 ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    public Optional<WorkItem> item(Caller caller, UUID id) {
        authorization.require(caller, Action.CLINICAL_READ, AuditAction.MSS_READ, null);
        return transactions.read(connection -> item(connection, id));
    }

    /**
     * The user says which patient a pending document belongs to: it is filed there (origin MSSANTE).
     *
     * @throws SegurException {@code MSS-0011} unknown or already handled
     */
    public PatientDocument confirm(Caller caller, UUID itemId, UUID patientId) {
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.MSS_FILE, patientId);
        patients.open(caller, patientId);
        return transactions.inTransaction(tx -> {
            WorkItem item = item(tx, itemId).filter(i -> i.state().equals("pending"))
                    .orElseThrow(() -> new SegurException(MssError.MSS_0011, itemId));
            byte[] content = content(tx, itemId);
            CdaHeader header = CdaHeaderReader.read(content, item.title());
            Found found = new Found(header, item.uniqueId(), item.title(), item.typeCode(), item.mimeType(), content);
            PatientDocument filed = documents.add(tx, caller, newDocument(patientId, found));
            resolve(tx, caller, itemId, "filed", patientId, filed.id());
            auditTrail.append(tx, new AuditEvent(caller, patientId, AuditAction.MSS_FILE, AuditOutcome.SUCCESS,
                    "filed from <" + item.messageId() + "> document " + filed.id() + " confirmed by user"));
            return filed;
        });
    }

    /** The document belongs to no patient here: set aside (kept, never filed). */
    public void reject(Caller caller, UUID itemId) {
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.MSS_FILE, null);
        transactions.inTransaction(tx -> {
            WorkItem item = item(tx, itemId).filter(i -> i.state().equals("pending"))
                    .orElseThrow(() -> new SegurException(MssError.MSS_0011, itemId));
            resolve(tx, caller, itemId, "rejected", null, null);
            auditTrail.append(tx, new AuditEvent(caller, null, AuditAction.MSS_FILE, AuditOutcome.SUCCESS,
                    "rejected worklist item " + itemId + " from <" + item.messageId() + ">"));
            return null;
        });
    }

    private void resolve(Connection tx, Caller caller, UUID itemId, String state, UUID patientId, UUID documentId)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement(RESOLVE)) {
            update.setString(1, state);
            update.setObject(2, patientId);
            update.setObject(3, documentId);
            update.setString(4, caller.userId());
            update.setTimestamp(5, Timestamp.from(clock.instant()));
            update.setObject(6, itemId);
            if (update.executeUpdate() != 1) {
                throw new SegurException(MssError.MSS_0011, itemId);
            }
        }
    }

    private static Optional<WorkItem> item(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
            select.setObject(1, id);
            return items(select).stream().findFirst();
        }
    }

    private static byte[] content(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CONTENT)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static List<WorkItem> items(PreparedStatement select) throws SQLException {
        List<WorkItem> items = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                items.add(new WorkItem(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                        row.getString(9), row.getString(10), row.getString(11), row.getString(12),
                        Optional.ofNullable(row.getObject(13, UUID.class)), row.getInt(14), row.getString(15),
                        Optional.ofNullable(row.getObject(16, UUID.class)),
                        Optional.ofNullable(row.getObject(17, UUID.class)), row.getTimestamp(18).toInstant(),
                        row.getString(19), row.getString(20), row.getString(21)));
            }
        }
        return items;
    }

    private static boolean exists(Connection connection, String mailbox, String messageId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND_MESSAGE)) {
            select.setString(1, mailbox);
            select.setString(2, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private void record(Caller caller, String mailbox, String messageId, String from, String subject,
                        Optional<UUID> patientId, String outcome, String detail) {
        transactions.inTransaction(tx -> {
            if (!exists(tx, mailbox, messageId)) {
                insertMessage(tx, caller, mailbox, messageId, null, patientId, outcome, detail);
            }
            return null;
        });
    }

    private UUID insertMessage(Connection tx, Caller caller, String mailbox, String messageId, ReceivedMail mail,
                               Optional<UUID> patientId, String outcome, String detail) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = tx.prepareStatement(INSERT_MESSAGE)) {
            insert.setObject(1, id);
            insert.setString(2, mailbox);
            insert.setString(3, messageId);
            insert.setString(4, mail == null ? null : cut(mail.from(), 254));
            insert.setString(5, mail == null ? null : cut(mail.displaySubject(), 998));
            insert.setObject(6, patientId.orElse(null));
            insert.setString(7, outcome);
            insert.setString(8, detail);
            insert.setTimestamp(9, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
        auditTrail.append(tx, new AuditEvent(caller, patientId.orElse(null), AuditAction.MSS_RECEIVE,
                outcome.equals("refused") ? AuditOutcome.FAILED : AuditOutcome.SUCCESS,
                "received <" + cut(messageId, 250) + "> in " + mailbox + " " + outcome
                        + (detail == null ? "" : " " + detail)));
        return id;
    }

    private void insertDocument(Connection tx, UUID incoming, Found document, Match match, UUID documentId)
            throws SQLException {
        CdaHeader header = document.header();
        Optional<CdaHeader.PatientId> ins = header.ins();
        try (PreparedStatement insert = tx.prepareStatement(INSERT_DOCUMENT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, incoming);
            insert.setString(3, cut(document.uniqueId() == null ? "2.25.unknown-" + UUID.randomUUID()
                    : document.uniqueId(), 300));
            insert.setString(4, cut(document.title(), 1000));
            insert.setString(5, cut(document.typeCode(), 100));
            insert.setString(6, document.mimeType());
            insert.setBytes(7, document.content());
            insert.setString(8, ins.map(CdaHeader.PatientId::extension).map(e -> cut(e, 15)).orElse(null));
            insert.setString(9, ins.map(CdaHeader.PatientId::root).map(e -> cut(e, 64)).orElse(null));
            insert.setString(10, cut(header.birthName(), 200));
            insert.setString(11, cut(String.join(" ", header.firstNames()), 400));
            insert.setString(12, header.sex() == null ? null : cut(header.sex(), 1));
            insert.setString(13, birthDate(header.birthTime()).map(BirthDate::toIso).orElse(null));
            insert.setString(14, cut(header.birthPlaceCode(), 10));
            insert.setObject(15, match.candidateId);
            insert.setInt(16, match.score);
            insert.setString(17, documentId != null ? "filed" : "pending");
            insert.setObject(18, match.patientId);
            insert.setObject(19, documentId);
            insert.setTimestamp(20, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
