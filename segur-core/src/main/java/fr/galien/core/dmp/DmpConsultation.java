package fr.galien.core.dmp;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.PracticeRepository;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.DmpPort.DmpEntry;
import fr.galien.core.port.DmpPort.DmpQuery;
import fr.galien.core.port.DmpPort.DmpStatus;
import fr.galien.core.port.DmpPort.RetrievedDocument;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Action;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reading a patient's DMP from the file (issue 12 §3): the band that fills in by itself when the file opens (TD0.2,
 * then « N nouveaux » by type), the list with filters (ITI-67), opening a document (ITI-68) and adding it to the
 * local file, de-duplicated by unique id, origin DMP (REM DMP/CONF.07, UX.36). Only for a qualified INS, under the
 * professional's own PSC session; every call audited with codes, never names. Blocking: callers run it off the
 * window's thread.
 */
public final class DmpConsultation {

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final PatientRegistry patients;
    private final PatientDocuments documents;
    private final PracticeRepository practices;
    private final DmpCalls calls;

    public DmpConsultation(Transactions transactions, AuditTrail auditTrail, PatientRegistry patients,
                           PatientDocuments documents, PracticeRepository practices, DmpCalls calls) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
        this.patients = Objects.requireNonNull(patients, "patients");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.practices = Objects.requireNonNull(practices, "practices");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /**
     * The band: never throws for the expected cases (identity not qualified, no session, module absent, service
     * down): it says so, with the code and French reason.
     */
    public DmpBand band(Caller caller, UUID patientId) {
        Patient patient = patients.open(caller, patientId);
        Optional<QualifiedIns> ins = InsExchange.ifQualified(patient);
        if (ins.isEmpty()) {
            return DmpBand.of(DmpBand.State.INS_NOT_QUALIFIED, null);
        }
        if (caller.authentication() != AuthenticationMethod.PSC
                || !fr.galien.core.security.Authorization.allows(caller, Action.NATIONAL_CALL)) {
            return DmpBand.of(DmpBand.State.SESSION_REQUIRED, new SegurException(DmpRuleError.DMP_0001).getMessage());
        }
        DmpStatus status;
        CallIdentity identity;
        DmpPort port;
        try {
            port = calls.port();
            identity = calls.identityOf(caller);
        } catch (SegurException missing) {
            DmpBand.State state = missing.errorCode() == DmpRuleError.DMP_0001 ? DmpBand.State.SESSION_REQUIRED
                    : DmpBand.State.UNAVAILABLE;
            return DmpBand.of(state, missing.getMessage());
        }
        try {
            status = port.status(caller, identity, ins.get());
            audit(caller, patientId, AuditAction.DMP_STATUS, AuditOutcome.SUCCESS, "acces=" + status.access());
        } catch (SegurException failure) {
            audit(caller, patientId, AuditAction.DMP_STATUS, AuditOutcome.FAILED, failure.code());
            return DmpBand.of(DmpBand.State.UNAVAILABLE, failure.getMessage());
        }
        DmpBand.State state = switch (status.access()) {
            case NO_DMP -> DmpBand.State.NO_DMP;
            case AUTHORISED -> DmpBand.State.AUTHORISED;
            case PATIENT_OPPOSED -> DmpBand.State.PATIENT_OPPOSED;
            case CONSENT_REQUIRED -> DmpBand.State.CONSENT_REQUIRED;
        };
        if (!status.readable()) {
            return new DmpBand(state, Optional.of(status), Map.of(), Map.of(), Optional.empty(), null);
        }
        Optional<Instant> last = transactions.read(tx -> ConsultationTimes.last(tx, patientId, caller.userId()));
        List<DmpEntry> entries;
        try {
            entries = port.find(caller, identity, ins.get(), DmpQuery.ALL);
            audit(caller, patientId, AuditAction.DMP_SEARCH, AuditOutcome.SUCCESS, "nouveaux documents="
                    + entries.size());
        } catch (SegurException failure) {
            audit(caller, patientId, AuditAction.DMP_SEARCH, AuditOutcome.FAILED, failure.code());
            return new DmpBand(state, Optional.of(status), Map.of(), Map.of(), last, failure.getMessage());
        }
        String ours = practices.load().map(DmpMetadata::organisation).map(DmpPort.DmpOrganisation::id).orElse("");
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (DmpEntry entry : entries) {
            Instant when = entry.submittedAt() != null ? entry.submittedAt() : entry.creation();
            boolean fromElsewhere = entry.organisationId() == null || !entry.organisationId().equals(ours);
            if (fromElsewhere && (last.isEmpty() || (when != null && when.isAfter(last.get())))) {
                counts.merge(entry.typeCode(), 1, Integer::sum);
                labels.putIfAbsent(entry.typeCode(), entry.typeDisplay() == null ? entry.typeCode()
                        : entry.typeDisplay());
            }
        }
        return new DmpBand(state, Optional.of(status), counts, labels, last, null);
    }

    /**
     * The DMP tab's list (REM DMP/UX.27): records this consultation (the band's « nouveaux » start again from now).
     *
     * @throws SegurException {@code INS-0040} not qualified, {@code DMP-0001} no session, {@code DMP-0002} no
     *                        module, the connector's {@code DMP-01xx}
     */
    public DmpListing list(Caller caller, UUID patientId, DmpQuery query) {
        Target target = target(caller, patientId, AuditAction.DMP_SEARCH);
        List<DmpEntry> entries;
        try {
            entries = target.port.find(caller, target.identity, target.ins, query);
        } catch (SegurException failure) {
            audit(caller, patientId, AuditAction.DMP_SEARCH, AuditOutcome.FAILED, failure.code());
            throw failure;
        }
        Set<String> filed = new HashSet<>();
        for (PatientDocument local : documents.list(caller, patientId)) {
            filed.add(local.uniqueId());
        }
        Instant now = calls.clock().instant();
        transactions.inTransaction(tx -> {
            ConsultationTimes.record(tx, patientId, caller.userId(), now);
            auditTrail.append(tx, new AuditEvent(caller, patientId, AuditAction.DMP_SEARCH, AuditOutcome.SUCCESS,
                    "documents=" + entries.size() + filters(query)));
            return null;
        });
        filed.retainAll(entries.stream().map(DmpEntry::uniqueId).toList());
        return new DmpListing(entries, filed);
    }

    /** ITI-68: the document's bytes to show (REM DMP/UX.24), audited. */
    public RetrievedDocument open(Caller caller, UUID patientId, DmpEntry entry) {
        Target target = target(caller, patientId, AuditAction.DMP_RETRIEVE);
        try {
            RetrievedDocument document = target.port.retrieve(caller, target.identity, target.ins, entry);
            audit(caller, patientId, AuditAction.DMP_RETRIEVE, AuditOutcome.SUCCESS, "dmp=" + entry.id()
                    + " type=" + entry.typeCode());
            return document;
        } catch (SegurException failure) {
            audit(caller, patientId, AuditAction.DMP_RETRIEVE, AuditOutcome.FAILED, "dmp=" + entry.id() + " "
                    + failure.code());
            throw failure;
        }
    }

    /**
     * « Ajouter au dossier »: retrieves the document and files it, origin DMP, under its DMP unique id — a document
     * already in the file is returned as it is, never downloaded twice (REM DMP/UX.36).
     */
    public PatientDocument addToFile(Caller caller, UUID patientId, DmpEntry entry) {
        Optional<PatientDocument> present = documents.findByUniqueId(caller, entry.uniqueId())
                .filter(document -> document.patientId().equals(patientId));
        if (present.isPresent()) {
            return present.get();
        }
        RetrievedDocument retrieved = open(caller, patientId, entry);
        String mime = retrieved.mimeType().equals("application/pdf") ? DocumentFormats.PDF : DocumentFormats.CDA;
        DocumentType type = DocumentType.known(entry.typeCode()).orElseGet(() -> new DocumentType(entry.typeCode(),
                DocumentType.LOINC, entry.typeDisplay() == null ? entry.typeCode() : entry.typeDisplay()));
        String title = entry.title() == null || entry.title().isBlank() ? type.display() : entry.title();
        String author = entry.authorName() == null ? entry.organisationName()
                : entry.authorName() + (entry.organisationName() == null ? "" : " — " + entry.organisationName());
        PatientDocument filed = documents.add(caller, new NewDocument(patientId, entry.uniqueId(), type, title, mime,
                entry.creation() == null ? calls.clock().instant() : entry.creation(), author, DocumentOrigin.DMP,
                retrieved.content()));
        audit(caller, patientId, AuditAction.DMP_IMPORT, AuditOutcome.SUCCESS, "dmp=" + entry.id() + " document="
                + filed.id());
        return filed;
    }

    /** The port, the identity and the INS of a user-triggered call, the refusals audited. */
    private Target target(Caller caller, UUID patientId, AuditAction action) {
        authorization.require(caller, Action.NATIONAL_CALL, action, patientId);
        Patient patient = patients.open(caller, patientId);
        try {
            QualifiedIns ins = InsExchange.requireQualified(patient);
            return new Target(calls.port(), calls.identityOf(caller), ins);
        } catch (SegurException refused) {
            audit(caller, patientId, action, AuditOutcome.REFUSED, refused.code());
            throw refused;
        }
    }

    private record Target(DmpPort port, CallIdentity identity, QualifiedIns ins) {
    }

    private static String filters(DmpQuery query) {
        return (query.typeCodes().isEmpty() ? "" : " types=" + String.join(",", query.typeCodes()))
                + (query.from() == null ? "" : " du=" + query.from()) + (query.to() == null ? "" : " au=" + query.to())
                + (query.authorId() == null ? "" : " auteur=" + query.authorId());
    }

    private void audit(Caller caller, UUID patientId, AuditAction action, AuditOutcome outcome, String detail) {
        transactions.inTransaction(tx -> {
            auditTrail.append(tx, new AuditEvent(caller, patientId, action, outcome, detail));
            return null;
        });
    }
}
