package fr.galien.core.document;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient's documents (PDF, CDA, images): made here, retrieved from the DMP, received by MSSanté or scanned. One
 * store for every service, so a document is kept once whatever way it came in: its unique id is the
 * de-duplication key, and adding a unique id already kept returns the document already there. A document without
 * a unique id of its own (a scan) whose bytes the patient's file already holds is also kept once.
 *
 * <p>Reading needs {@link Action#CLINICAL_READ}, adding {@link Action#CLINICAL_WRITE}; a refusal is audited. Adding,
 * replacing and opening (reading the content) write an audit row in the same transaction — ids and type codes only.
 * Listing does not: it is part of opening the patient file, which is audited there.
 *
 * <p>Versions: {@link #replace} adds a new version of the same set (same set id, version + 1) and marks the
 * previous one superseded; lists show current versions, {@link #versions} the whole chain. Nothing is deleted.
 */
public final class PatientDocuments {

    /** Largest content kept (the DMP's own limit is of this order; a scan of a few pages fits). */
    public static final int MAX_CONTENT_BYTES = 30 * 1024 * 1024;

    private static final String COLUMNS = DocumentRows.COLUMNS;
    // A merged-away file's documents show in the file it was merged into (and go back with an unmerge): the merge
    // only sets merged_into, so nothing has to move.
    private static final String LIST_CURRENT = "SELECT " + COLUMNS + " FROM patient_document WHERE (patient_id = ? "
            + "OR patient_id IN (SELECT id FROM patient WHERE merged_into = ?)) "
            + "AND superseded_by IS NULL ORDER BY document_date DESC, added_at DESC, id";
    private static final String LIST_SET = "SELECT " + COLUMNS + " FROM patient_document WHERE set_id = ? "
            + "ORDER BY version";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM patient_document WHERE id = ?";
    private static final String FIND_BY_UNIQUE_ID = "SELECT " + COLUMNS
            + " FROM patient_document WHERE unique_id = ?";
    private static final String FIND_SAME_CONTENT = "SELECT " + COLUMNS + " FROM patient_document "
            + "WHERE patient_id = ? AND sha256 = ? AND superseded_by IS NULL ORDER BY added_at, id";
    private static final String PATIENT_EXISTS = "SELECT 1 FROM patient WHERE id = ?";
    private static final String INSERT = "INSERT INTO patient_document (id, patient_id, unique_id, set_id, version, "
            + "replaces_id, superseded_by, type_code, type_system, type_display, title, mime_type, document_date, "
            + "author, origin, added_at, added_by, size_bytes, sha256) "
            + "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CONTENT =
            "INSERT INTO patient_document_content (document_id, content) VALUES (?, ?)";
    private static final String SUPERSEDE = "UPDATE patient_document SET superseded_by = ? "
            + "WHERE id = ? AND superseded_by IS NULL";
    private static final String READ_CONTENT =
            "SELECT content FROM patient_document_content WHERE document_id = ?";
    private static final String UPDATE_SHARING = "UPDATE patient_document_sharing SET state = ?, detail = ?, "
            + "updated_at = ? WHERE document_id = ? AND channel = ?";
    private static final String INSERT_SHARING = "INSERT INTO patient_document_sharing (document_id, channel, state, "
            + "detail, updated_at) VALUES (?, ?, ?, ?, ?)";
    private static final String SHARING_OF_DOCUMENT = "SELECT document_id, channel, state, detail, updated_at "
            + "FROM patient_document_sharing WHERE document_id = ? ORDER BY channel";
    private static final String SHARING_OF_PATIENT = "SELECT s.document_id, s.channel, s.state, s.detail, "
            + "s.updated_at FROM patient_document_sharing s JOIN patient_document d ON d.id = s.document_id "
            + "WHERE d.patient_id = ? OR d.patient_id IN (SELECT id FROM patient WHERE merged_into = ?) "
            + "ORDER BY s.document_id, s.channel";

    private static final int DETAIL_MAX = 500;

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final Clock clock;

    public PatientDocuments(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds a document, or returns the one already kept under the same unique id (same patient, same content).
     *
     * @throws SegurException {@code DOC-0002}…{@code DOC-0010} (see {@link DocumentError})
     */
    public PatientDocument add(Caller caller, NewDocument document) {
        requireWrite(caller, document.patientId());
        return transactions.inTransaction(tx -> insert(tx, caller, document, null));
    }

    /**
     * The same inside the caller's transaction, so that the document and what it triggers (an outbox row, a sharing
     * state) commit together or not at all.
     */
    public PatientDocument add(Connection tx, Caller caller, NewDocument document) throws SQLException {
        requireWrite(caller, document.patientId());
        return insert(tx, caller, document, null);
    }

    /**
     * Adds a new version of {@code previousId}'s document (same set id, version + 1, {@code document.uniqueId()} a
     * new id) and marks the previous one superseded.
     *
     * @throws SegurException {@code DOC-0001} unknown, {@code DOC-0007} already replaced, {@code DOC-0011} another
     *                        patient
     */
    public PatientDocument replace(Caller caller, UUID previousId, NewDocument document) {
        requireWrite(caller, document.patientId());
        return transactions.inTransaction(tx -> {
            PatientDocument previous = byId(tx, previousId)
                    .orElseThrow(() -> new SegurException(DocumentError.DOC_0001));
            if (!previous.patientId().equals(document.patientId())) {
                throw new SegurException(DocumentError.DOC_0011);
            }
            if (!previous.current()) {
                throw new SegurException(DocumentError.DOC_0007);
            }
            return insert(tx, caller, document, previous);
        });
    }

    /** Current versions, newest document first, with those of the files merged into this one. */
    public List<PatientDocument> list(Caller caller, UUID patientId) {
        requireRead(caller, patientId);
        return transactions.read(tx -> {
            try (PreparedStatement select = tx.prepareStatement(LIST_CURRENT)) {
                select.setString(1, patientId.toString());
                select.setString(2, patientId.toString());
                return DocumentRows.read(select);
            }
        });
    }

    /** Every version of the document's set, oldest first. */
    public List<PatientDocument> versions(Caller caller, PatientDocument document) {
        requireRead(caller, document.patientId());
        return transactions.read(tx -> {
            try (PreparedStatement select = tx.prepareStatement(LIST_SET)) {
                select.setString(1, document.setId());
                return DocumentRows.read(select);
            }
        });
    }

    public Optional<PatientDocument> find(Caller caller, UUID id) {
        Optional<PatientDocument> found = transactions.read(tx -> byId(tx, id));
        found.ifPresent(document -> requireRead(caller, document.patientId()));
        return found;
    }

    public Optional<PatientDocument> findByUniqueId(Caller caller, String uniqueId) {
        Optional<PatientDocument> found = transactions.read(tx -> byUniqueId(tx, uniqueId));
        found.ifPresent(document -> requireRead(caller, document.patientId()));
        return found;
    }

    /** The document's bytes; opening is audited ({@code DOCUMENT_OPEN}). */
    public byte[] content(Caller caller, UUID id) {
        PatientDocument document = find(caller, id).orElseThrow(() -> new SegurException(DocumentError.DOC_0001));
        return transactions.inTransaction(tx -> {
            byte[] content = contentOf(tx, id);
            audit(tx, caller, document.patientId(), AuditAction.DOCUMENT_OPEN, describe(document));
            return content;
        });
    }

    /**
     * The bytes without an audit row, for a connector sending the document in the background (the send itself is
     * audited by the service that queued it). Never for showing a document to a user.
     */
    public byte[] contentForSending(Connection tx, UUID id) throws SQLException {
        return contentOf(tx, id);
    }

    /** Sets where the document stands on {@code channel}, in the caller's transaction. */
    public void setSharing(Connection tx, UUID documentId, SharingChannel channel, SharingState state, String detail)
            throws SQLException {
        String fitted = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        OffsetDateTime now = DocumentRows.timestamp(now());
        try (PreparedStatement update = tx.prepareStatement(UPDATE_SHARING)) {
            update.setString(1, state.name());
            update.setString(2, fitted);
            update.setObject(3, now);
            update.setString(4, documentId.toString());
            update.setString(5, channel.name());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = tx.prepareStatement(INSERT_SHARING)) {
            insert.setString(1, documentId.toString());
            insert.setString(2, channel.name());
            insert.setString(3, state.name());
            insert.setString(4, fitted);
            insert.setObject(5, now);
            insert.executeUpdate();
        }
    }

    /** Where this document stands on each channel it was shared on. */
    public List<DocumentSharing> sharing(UUID documentId) {
        return transactions.read(tx -> {
            try (PreparedStatement select = tx.prepareStatement(SHARING_OF_DOCUMENT)) {
                select.setString(1, documentId.toString());
                return readSharing(select);
            }
        });
    }

    /** The sharing states of all the patient's documents, by document id (for the file view). */
    public Map<UUID, List<DocumentSharing>> sharingOfPatient(Caller caller, UUID patientId) {
        requireRead(caller, patientId);
        return transactions.read(tx -> {
            try (PreparedStatement select = tx.prepareStatement(SHARING_OF_PATIENT)) {
                select.setString(1, patientId.toString());
                select.setString(2, patientId.toString());
                Map<UUID, List<DocumentSharing>> byDocument = new LinkedHashMap<>();
                for (DocumentSharing sharing : readSharing(select)) {
                    byDocument.computeIfAbsent(sharing.documentId(), id -> new ArrayList<>()).add(sharing);
                }
                return byDocument;
            }
        });
    }

    private PatientDocument insert(Connection tx, Caller caller, NewDocument document, PatientDocument previous)
            throws SQLException {
        validate(document);
        String sha256 = sha256(document.content());
        if (document.uniqueId() == null && previous == null) {
            // A file filed twice by hand (same bytes, same patient) is kept once.
            Optional<PatientDocument> same = sameContent(tx, document.patientId(), sha256);
            if (same.isPresent()) {
                return same.get();
            }
        }
        String uniqueId = document.uniqueId() == null ? DocumentIds.newOid() : DocumentIds.checked(document.uniqueId());
        Optional<PatientDocument> existing = byUniqueId(tx, uniqueId);
        if (existing.isPresent()) {
            return sameDocument(existing.get(), document, sha256);
        }
        requirePatient(tx, document.patientId());
        UUID id = UUID.randomUUID();
        String setId = previous == null ? uniqueId : previous.setId();
        int version = previous == null ? 1 : previous.version() + 1;
        Instant now = now();
        try (PreparedStatement insert = tx.prepareStatement(INSERT)) {
            insert.setString(1, id.toString());
            insert.setString(2, document.patientId().toString());
            insert.setString(3, uniqueId);
            insert.setString(4, setId);
            insert.setInt(5, version);
            insert.setString(6, previous == null ? null : previous.id().toString());
            insert.setString(7, document.type().code());
            insert.setString(8, document.type().system());
            insert.setString(9, document.type().display());
            insert.setString(10, document.title().strip());
            insert.setString(11, document.mimeType());
            insert.setObject(12, DocumentRows.timestamp(document.documentDate().truncatedTo(ChronoUnit.MICROS)));
            insert.setString(13, author(document.author()));
            insert.setString(14, document.origin().name());
            insert.setObject(15, DocumentRows.timestamp(now));
            insert.setString(16, caller.userId());
            insert.setLong(17, document.content().length);
            insert.setString(18, sha256);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement(INSERT_CONTENT)) {
            insert.setString(1, id.toString());
            insert.setBytes(2, document.content());
            insert.executeUpdate();
        }
        if (previous != null) {
            try (PreparedStatement supersede = tx.prepareStatement(SUPERSEDE)) {
                supersede.setString(1, id.toString());
                supersede.setString(2, previous.id().toString());
                if (supersede.executeUpdate() != 1) {
                    throw new SegurException(DocumentError.DOC_0007);
                }
            }
        }
        PatientDocument added = byId(tx, id).orElseThrow();
        audit(tx, caller, document.patientId(),
                previous == null ? AuditAction.DOCUMENT_ADD : AuditAction.DOCUMENT_REPLACE,
                describe(added) + (previous == null ? "" : " remplace=" + previous.id()));
        return added;
    }

    private static PatientDocument sameDocument(PatientDocument existing, NewDocument document, String sha256) {
        if (!existing.patientId().equals(document.patientId())) {
            throw new SegurException(DocumentError.DOC_0004, existing.uniqueId());
        }
        if (!existing.sha256().equals(sha256)) {
            throw new SegurException(DocumentError.DOC_0003, existing.uniqueId());
        }
        return existing;
    }

    private static void validate(NewDocument document) {
        String title = document.title().strip();
        if (title.isEmpty() || title.length() > 255) {
            throw new SegurException(DocumentError.DOC_0008);
        }
        if (!DocumentFormats.accepted(document.mimeType())) {
            throw new SegurException(DocumentError.DOC_0005, document.mimeType());
        }
        if (document.content().length == 0) {
            throw new SegurException(DocumentError.DOC_0010);
        }
        if (document.content().length > MAX_CONTENT_BYTES) {
            throw new SegurException(DocumentError.DOC_0002, document.content().length, MAX_CONTENT_BYTES);
        }
    }

    private static String author(String author) {
        if (author == null || author.isBlank()) {
            return null;
        }
        String stripped = author.strip();
        return stripped.length() <= 255 ? stripped : stripped.substring(0, 255);
    }

    private static void requirePatient(Connection tx, UUID patientId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(PATIENT_EXISTS)) {
            select.setString(1, patientId.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SegurException(DocumentError.DOC_0006);
                }
            }
        }
    }

    private static Optional<PatientDocument> byId(Connection tx, UUID id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(FIND_BY_ID)) {
            select.setString(1, id.toString());
            return DocumentRows.read(select).stream().findFirst();
        }
    }

    private static Optional<PatientDocument> sameContent(Connection tx, UUID patientId, String sha256)
            throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(FIND_SAME_CONTENT)) {
            select.setString(1, patientId.toString());
            select.setString(2, sha256);
            return DocumentRows.read(select).stream().findFirst();
        }
    }

    private static Optional<PatientDocument> byUniqueId(Connection tx, String uniqueId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(FIND_BY_UNIQUE_ID)) {
            select.setString(1, uniqueId);
            return DocumentRows.read(select).stream().findFirst();
        }
    }

    private static byte[] contentOf(Connection tx, UUID id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(READ_CONTENT)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SegurException(DocumentError.DOC_0001);
                }
                return row.getBytes(1);
            }
        }
    }

    private static List<DocumentSharing> readSharing(PreparedStatement select) throws SQLException {
        List<DocumentSharing> sharing = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sharing.add(new DocumentSharing(UUID.fromString(rows.getString(1)),
                        SharingChannel.valueOf(rows.getString(2)), SharingState.valueOf(rows.getString(3)),
                        rows.getString(4), DocumentRows.instant(rows.getObject(5, OffsetDateTime.class))));
            }
        }
        return sharing;
    }

    private void requireWrite(Caller caller, UUID patientId) {
        Objects.requireNonNull(caller, "caller");
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.DOCUMENT_ADD, patientId);
    }

    private void requireRead(Caller caller, UUID patientId) {
        Objects.requireNonNull(caller, "caller");
        authorization.require(caller, Action.CLINICAL_READ, AuditAction.DOCUMENT_OPEN, patientId);
    }

    private void audit(Connection tx, Caller caller, UUID patientId, AuditAction action, String detail)
            throws SQLException {
        auditTrail.append(tx, new AuditEvent(caller, patientId, action, AuditOutcome.SUCCESS, detail));
    }

    private static String describe(PatientDocument document) {
        return "document=" + document.id() + " type=" + document.type().code() + " origine="
                + document.origin().name() + " version=" + document.version();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }
}
