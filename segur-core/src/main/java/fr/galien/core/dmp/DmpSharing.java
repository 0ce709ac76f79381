package fr.galien.core.dmp;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.document.SharingChannel;
import fr.galien.core.document.SharingState;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Practice;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.outbox.Delivery;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.outbox.OutboxRequest;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.PracticeRepository;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.DmpException;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.DmpPort.DmpDocument;
import fr.galien.core.port.DmpPort.SubmissionReceipt;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Action;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Transactions;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * « Envoyer au DMP » (issue 12 §3, REM DMP/ALI/PROG.01: sent in the background once validated, without a further
 * action): any document of a patient's file, CDA as it is or a PDF wrapped as CDA level 1, for a <b>qualified</b>
 * identity only ({@link InsExchange#requireQualified}, {@code INS-0040} otherwise — nothing is queued).
 *
 * <p><b>Exactly once.</b> The send is an outbox row keyed {@code dmp:<unique id of the document>}, written in the
 * same transaction as the document's sharing state (« en attente ») and the audit row, so the same unique id is
 * never queued twice, even when the user clicks again. The row is sent by {@link #handler()} in the background,
 * under the professional's own PSC session (ADR 0022) — while the session or the service is missing it waits — with
 * a submission id derived from that key: after a crash between the DMP's answer and our record (a {@code kill -9}),
 * the resend is recognised by the DMP (same unique id, same content) and answered « déjà présent », which counts as
 * delivered. A permanent refusal sets the row aside (« refusé » with its reason on the document) and never blocks the
 * rows behind it.
 */
public final class DmpSharing {

    /** The outbox service id (the {@code dmp} module's id). */
    public static final String SERVICE = "dmp";
    static final String OPERATION = "iti65";

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final Outbox outbox;
    private final PatientDocuments documents;
    private final PatientRegistry patients;
    private final PracticeRepository practices;
    private final DmpCalls calls;
    private final PdfWrapping wrapping;

    public DmpSharing(Transactions transactions, AuditTrail auditTrail, Outbox outbox, PatientDocuments documents,
                      PatientRegistry patients, PracticeRepository practices, DmpCalls calls, PdfWrapping wrapping) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.practices = Objects.requireNonNull(practices, "practices");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.wrapping = Objects.requireNonNull(wrapping, "wrapping");
    }

    /**
     * Queues {@code documentId} for the DMP (a PDF is first wrapped as a CDA N1 and filed beside it).
     *
     * @return the document actually queued (the CDA) with its outbox row
     * @throws SegurException {@code SEC-*} not allowed (PSC required), {@code INS-0040..0042} identity not qualified,
     *                        {@code DMP-0003} neither CDA nor PDF, {@code DMP-0004} unknown, {@code DMP-0005} CDA
     *                        header unreadable
     */
    public Queued send(Caller caller, UUID documentId) {
        return sendAll(caller, List.of(documentId)).get(0);
    }

    /**
     * Queues several documents in one transaction (the documents of a consultation; a benchmark's thousands): all
     * or none. Same rules and refusals as {@link #send}.
     */
    public List<Queued> sendAll(Caller caller, List<UUID> documentIds) {
        Objects.requireNonNull(caller, "caller");
        List<PatientDocument> toQueue = new ArrayList<>();
        Map<UUID, QualifiedIns> insByPatient = new LinkedHashMap<>();
        for (UUID documentId : documentIds) {
            PatientDocument document = documents.find(caller, documentId)
                    .orElseThrow(() -> new SegurException(DmpRuleError.DMP_0004));
            if (!insByPatient.containsKey(document.patientId())) {
                insByPatient.put(document.patientId(), qualifiedIns(caller, document));
            }
            toQueue.add(document);
        }
        Practice practice = practices.load().orElseThrow();
        return transactions.inTransaction(tx -> {
            List<Queued> queued = new ArrayList<>();
            for (PatientDocument document : toQueue) {
                queued.add(queue(tx, caller, document, insByPatient.get(document.patientId()), practice));
            }
            return queued;
        });
    }

    /** Permission (PSC professional), then the patient opened (audited) and only a qualified INS. */
    private QualifiedIns qualifiedIns(Caller caller, PatientDocument document) {
        authorization.require(caller, Action.NATIONAL_CALL, AuditAction.DMP_SEND, document.patientId());
        Patient patient = patients.open(caller, document.patientId());
        try {
            return InsExchange.requireQualified(patient);
        } catch (SegurException refused) {
            audit(new AuditEvent(caller, patient.id(), AuditAction.DMP_SEND, AuditOutcome.REFUSED,
                    "document=" + document.id() + " " + refused.code()));
            throw refused;
        }
    }

    private Queued queue(Connection tx, Caller caller, PatientDocument document, QualifiedIns ins, Practice practice)
            throws SQLException {
        byte[] content = documents.contentForSending(tx, document.id());
        PatientDocument toSend = document;
        byte[] cda = content;
        if (document.isPdf()) {
            // The CDA's unique id follows from the PDF's: a second « Envoyer » finds the same CDA (the file
            // de-duplicates it) and the same outbox row, never a second document in the DMP.
            PdfWrapping.WrappedCda wrapped = wrapping.wrap(caller, practice, ins, document, content,
                    wrappedUniqueId(document));
            toSend = documents.add(tx, caller, new NewDocument(document.patientId(), wrapped.uniqueId(),
                    document.type(), document.title(), DocumentFormats.CDA, document.documentDate(),
                    document.author(), DocumentOrigin.LOCAL, wrapped.cda()));
            cda = wrapped.cda();
        } else if (!document.isCda()) {
            throw new SegurException(DmpRuleError.DMP_0003, document.mimeType());
        }
        CdaHeaderFacts facts = CdaHeaderFacts.read(cda);
        String key = idempotencyKey(facts.uniqueId());
        Optional<OutboxEntry> existing = outbox.findByKey(tx, key);
        if (existing.isPresent() && existing.get().status() != OutboxStatus.REJECTED) {
            return new Queued(toSend.id(), existing.get().id(), existing.get().status());
        }
        UUID row = existing.isPresent() ? outbox.retry(tx, existing.get().id()).id()
                : outbox.enqueue(tx, new OutboxRequest(SERVICE, OPERATION, key,
                        Payload.of(toSend.id(), toSend.patientId(), caller).encode()));
        documents.setSharing(tx, toSend.id(), SharingChannel.DMP, SharingState.EN_ATTENTE, null);
        auditTrail.append(tx, new AuditEvent(caller, document.patientId(), AuditAction.DMP_SEND,
                AuditOutcome.SUCCESS, "en-file document=" + toSend.id() + " type=" + facts.typeCode()
                + " envoi=" + row));
        return new Queued(toSend.id(), row, OutboxStatus.PENDING);
    }

    /** What {@link #send} queued: the document sent (the CDA), its outbox row, the row's status. */
    public record Queued(UUID documentId, UUID outboxId, OutboxStatus status) {
    }

    /** « Envois en attente »: the DMP sends, newest first, with the document each concerns. */
    public List<DmpSend> sends(Caller caller, int limit) {
        fr.galien.core.security.Authorization.require(caller, Action.CLINICAL_READ);
        List<OutboxEntry> entries = transactions.read(tx -> outbox.listOf(tx, SERVICE, limit));
        List<DmpSend> sends = new ArrayList<>();
        Map<UUID, Optional<PatientDocument>> seen = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            Optional<Payload> payload = Payload.tryDecode(entry.payload());
            Optional<PatientDocument> document = payload.flatMap(p -> seen.computeIfAbsent(p.documentId(),
                    id -> documents.find(caller, id)));
            sends.add(new DmpSend(entry.id(), payload.map(Payload::documentId).orElse(null),
                    document.map(PatientDocument::patientId).orElse(null),
                    document.map(PatientDocument::title).orElse("?"),
                    document.map(d -> d.type().code()).orElse("?"), entry.status(), entry.attempts(),
                    entry.lastError(), entry.receipt(), entry.createdAt(), entry.sentAt()));
        }
        return sends;
    }

    /** Sends the queued documents: given to the outbox dispatcher for the {@code dmp} service. */
    public OutboxHandler handler() {
        return new QueuedSends();
    }

    /** The unique id of the CDA N1 wrapping a PDF document: an OID under 2.25, derived from the PDF's. */
    static String wrappedUniqueId(PatientDocument pdf) {
        UUID derived = UUID.nameUUIDFromBytes(("cda-n1:" + pdf.uniqueId()).getBytes(StandardCharsets.UTF_8));
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16).putLong(derived.getMostSignificantBits())
                .putLong(derived.getLeastSignificantBits());
        return "2.25." + new java.math.BigInteger(1, bytes.array());
    }

    static String idempotencyKey(String uniqueId) {
        return "dmp:" + uniqueId;
    }

    private void audit(AuditEvent event) {
        transactions.inTransaction(tx -> {
            auditTrail.append(tx, event);
            return null;
        });
    }

    /** One attempt of one queued document, outside any transaction; its outcome recorded with the row. */
    private final class QueuedSends implements OutboxHandler {

        @Override
        public Delivery send(OutboxEntry entry) {
            Payload payload;
            try {
                payload = Payload.decode(entry.payload());
            } catch (IllegalArgumentException e) {
                return rejected(new SegurException(DmpRuleError.DMP_0006, e.getMessage()));
            }
            Caller professional = payload.caller();
            DmpPort port;
            CallIdentity identity;
            try {
                port = calls.port();
                identity = calls.identityOf(professional, payload.nationalId());
            } catch (SegurException waiting) {
                return new Delivery.RetryLater(waiting.getMessage());
            }
            DmpDocument document;
            try {
                document = prepare(professional, payload, entry);
            } catch (SegurException refused) {
                return rejected(refused);
            }
            try {
                SubmissionReceipt receipt = port.submit(professional, identity, document);
                return new Delivery.Sent(receipt.documentUniqueId() + (receipt.alreadyPresent() ? " (déjà présent)"
                        : ""));
            } catch (DmpException failure) {
                return failure.permanent() ? rejected(failure) : new Delivery.RetryLater(failure.getMessage());
            } catch (SegurException failure) {
                return new Delivery.RetryLater(failure.getMessage());
            }
        }

        private DmpDocument prepare(Caller professional, Payload payload, OutboxEntry entry) {
            PatientDocument document = documents.find(professional, payload.documentId())
                    .orElseThrow(() -> new SegurException(DmpRuleError.DMP_0004));
            // One read, no commit: the send is audited with its outcome (DMP_SEND), not as a separate READ row.
            Patient patient = transactions.read(tx -> JdbcPatientRegistry.loadForSending(tx, document.patientId()))
                    .orElseThrow(() -> new SegurException(DmpRuleError.DMP_0004));
            QualifiedIns ins = InsExchange.requireQualified(patient);
            byte[] cda = transactions.read(tx -> documents.contentForSending(tx, document.id()));
            CdaHeaderFacts facts = CdaHeaderFacts.read(cda);
            Practice practice = practices.load().orElseThrow();
            String replaces = null;
            if (document.replacesId() != null) {
                replaces = documents.find(professional, document.replacesId())
                        .filter(previous -> documents.sharing(previous.id()).stream().anyMatch(s ->
                                s.channel() == SharingChannel.DMP && s.state() == SharingState.ENVOYE))
                        .map(PatientDocument::uniqueId).orElse(null);
            }
            UUID submissionId = UUID.nameUUIDFromBytes(entry.idempotencyKey().getBytes(StandardCharsets.UTF_8));
            return new DmpDocument(submissionId, ins, facts.uniqueId(), DmpMetadata.classOf(facts.typeCode()),
                    facts.typeCode(), facts.typeSystem(), facts.typeDisplay(), DmpMetadata.formatOf(facts),
                    facts.title(), document.documentDate(), document.documentDate(),
                    DmpMetadata.author(professional), DmpMetadata.organisation(practice), facts.confidentiality(),
                    replaces, cda);
        }

        private Delivery.Rejected rejected(SegurException refused) {
            return new Delivery.Rejected(refused.getMessage());
        }

        /** The document's sharing state and the audit row change with the outbox row, in its transaction. */
        @Override
        public void recorded(Connection tx, OutboxEntry entry, Delivery delivery) throws SQLException {
            Optional<Payload> payload = Payload.tryDecode(entry.payload());
            if (payload.isEmpty()) {
                return;
            }
            UUID documentId = payload.get().documentId();
            Caller professional = payload.get().caller();
            UUID patientId = payload.get().patientId();
            SharingState state;
            AuditOutcome outcome;
            String detail;
            if (delivery instanceof Delivery.Sent sent) {
                state = SharingState.ENVOYE;
                outcome = AuditOutcome.SUCCESS;
                detail = sent.receipt() != null && sent.receipt().endsWith("(déjà présent)") ? "deja-present" : null;
            } else if (delivery instanceof Delivery.Rejected rejected) {
                state = SharingState.REFUSE;
                outcome = AuditOutcome.REFUSED;
                detail = rejected.reason();
            } else {
                state = SharingState.EN_ATTENTE;
                outcome = AuditOutcome.FAILED;
                detail = ((Delivery.RetryLater) delivery).reason();
            }
            documents.setSharing(tx, documentId, SharingChannel.DMP, state, detail);
            auditTrail.append(tx, new AuditEvent(professional, patientId, AuditAction.DMP_SEND, outcome,
                    "document=" + documentId + " envoi=" + entry.id() + " essai=" + entry.attempts() + " etat="
                    + state.name() + codeOf(detail)));
        }

        @Override
        public void changedByUser(Connection tx, OutboxEntry entry, OutboxStatus status) throws SQLException {
            Optional<Payload> payload = Payload.tryDecode(entry.payload());
            if (payload.isPresent()) {
                documents.setSharing(tx, payload.get().documentId(), SharingChannel.DMP,
                        status == null ? SharingState.A_ENVOYER : SharingState.EN_ATTENTE, null);
            }
        }
    }

    /** Only the stable code of a reason ({@code DMP-0108}), never its sentence, goes to the audit row. */
    private static String codeOf(String reason) {
        if (reason == null) {
            return "";
        }
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("[A-Z]{2,5}-\\d{4}").matcher(reason);
        return code.find() ? " code=" + code.group() : "";
    }

    /**
     * What an outbox row needs to send a document again after a restart: the document and who queued it (the
     * national id whose PSC session the send waits for). Ids and a name for the metadata only — no patient data.
     */
    record Payload(UUID documentId, UUID patientId, String nationalId, Role role, String name, String workstation) {

        static Payload of(UUID documentId, UUID patientId, Caller caller) {
            String nationalId = caller.userId().startsWith("psc:") ? caller.userId().substring(4) : caller.userId();
            return new Payload(documentId, patientId, nationalId, caller.role(),
                    caller.displayName() == null ? "" : caller.displayName(), caller.workstationId());
        }

        Caller caller() {
            return new Caller("psc:" + nationalId, name, role, workstation, AuthenticationMethod.PSC);
        }

        String encode() {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return "v1;doc=" + documentId + ";pat=" + patientId + ";psc=" + b64.encodeToString(bytes(nationalId)) + ";role=" + role.name()
                    + ";name=" + b64.encodeToString(bytes(name)) + ";ws=" + b64.encodeToString(bytes(workstation));
        }

        static Optional<Payload> tryDecode(String text) {
            try {
                return Optional.of(decode(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        static Payload decode(String text) {
            String[] parts = text.split(";");
            if (parts.length != 7 || !parts[0].equals("v1")) {
                throw new IllegalArgumentException("format inconnu");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("champ sans valeur");
                }
                fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            Base64.Decoder b64 = Base64.getUrlDecoder();
            try {
                return new Payload(UUID.fromString(fields.get("doc")), UUID.fromString(fields.get("pat")),
                        string(b64.decode(fields.get("psc"))), Role.valueOf(fields.get("role")),
                        string(b64.decode(fields.get("name"))), string(b64.decode(fields.get("ws"))));
            } catch (NullPointerException missing) {
                throw new IllegalArgumentException("champ absent");
            }
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static String string(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
