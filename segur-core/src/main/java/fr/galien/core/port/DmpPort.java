package fr.galien.core.port;

import fr.galien.core.security.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * DMP / Mon espace santé (specs §1): the patient's shared medical record, as the PDSm / IHE MHD transactions see it
 * (TD0.2 status, ITI-65 feed, ITI-67 find, ITI-68 retrieve, TD3.3 withdraw). Our own records: no FHIR type crosses
 * this port. Only a qualified INS may be used, so every call carries a {@link QualifiedIns}, never a bare matricule.
 *
 * <p>The identity is chosen per call by the core (ADR 0022), never by the connector: the professional's own PSC
 * session ({@link CallIdentity#forDmp}, REM DMP/PSC.01 — a préparateur's call is refused, never sent under the
 * pharmacist's name) or, for a pharmacy, the IGC-Santé organisation certificate (REM DMP.02.LGO). A connector that
 * cannot honour the identity asked for refuses the call rather than send it under another.
 *
 * <p>Failures are {@link DmpException}s: {@link DmpException#permanent()} tells the outbox whether retrying can help.
 */
public interface DmpPort {

    /**
     * TD0.2: does the patient have a DMP, and may this professional read it (REM DMP/UX.07, UX.12, UX.13)?
     */
    DmpStatus status(Caller caller, CallIdentity identity, QualifiedIns ins);

    /**
     * ITI-65 (TD2, TD2.1 with {@link DmpDocument#replacesUniqueId()}): submits one document. Idempotent on the
     * document's unique id: a document already present with the same unique id and the same content is answered as
     * delivered ({@link SubmissionReceipt#alreadyPresent()}), never stored twice.
     */
    SubmissionReceipt submit(Caller caller, CallIdentity identity, DmpDocument document);

    /** ITI-67 (TD3.1): the patient's current documents matching {@code query}, newest first. */
    List<DmpEntry> find(Caller caller, CallIdentity identity, QualifiedIns ins, DmpQuery query);

    /** ITI-68 (TD3.2): the document's content, bounded in size. */
    RetrievedDocument retrieve(Caller caller, CallIdentity identity, QualifiedIns ins, DmpEntry entry);

    /** TD3.3c: withdraws (depublishes) a document this structure submitted. */
    void withdraw(Caller caller, CallIdentity identity, QualifiedIns ins, String uniqueId);

    /** What TD0.2 says of a patient's DMP for this professional. */
    enum DmpAccess {
        /** No DMP for this INS (none created, or closed). */
        NO_DMP,
        /** The DMP exists and this professional may read and feed it. */
        AUTHORISED,
        /** The patient opposed access by professionals (they may still feed it, REM DMP/CONF.05). */
        PATIENT_OPPOSED,
        /** The patient asked to be asked: access needs their consent recorded first (REM DMP/CONF.06). */
        CONSENT_REQUIRED
    }

    /**
     * @param access       what this professional may do
     * @param closedOn     when the DMP was closed, if it was
     * @param linkedToMes  linked to Mon espace santé ({@code dmp-rattachement-mes})
     */
    record DmpStatus(DmpAccess access, Optional<LocalDate> closedOn, boolean linkedToMes) {
        public DmpStatus {
            Objects.requireNonNull(access, "access");
            closedOn = closedOn == null ? Optional.empty() : closedOn;
        }

        public boolean exists() {
            return access != DmpAccess.NO_DMP;
        }

        /** Reading the documents is allowed (feeding is allowed whenever the DMP exists). */
        public boolean readable() {
            return access == DmpAccess.AUTHORISED;
        }
    }

    /**
     * The author of a document as the metadata names them.
     *
     * @param nationalId     PS national id: {@code 8} + RPPS (OID 1.2.250.1.71.4.2.1)
     * @param professionCode TRE_G15 profession ({@code 10} médecin, {@code 21} pharmacien)
     */
    record DmpAuthor(String nationalId, String familyName, String givenName, String professionCode) {
        public DmpAuthor {
            Objects.requireNonNull(nationalId, "nationalId");
        }
    }

    /**
     * The structure submitting (custodian / author institution).
     *
     * @param id                 structure id (OID 1.2.250.1.71.4.2.2), e.g. {@code 1} + FINESS or {@code 3} + SIRET
     * @param facilityTypeCode   JDV_J02: {@code SA07} cabinet individuel, {@code SA33} pharmacie d'officine
     * @param practiceSetting    JDV_J04: {@code AMBULATOIRE} for LGC/LGO
     */
    record DmpOrganisation(String id, String name, String facilityTypeCode, String practiceSetting) {
        public DmpOrganisation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(facilityTypeCode, "facilityTypeCode");
            Objects.requireNonNull(practiceSetting, "practiceSetting");
        }
    }

    /**
     * One document to submit: a CDA R2 whose header agrees with this metadata (the DMP checks it).
     *
     * @param submissionId     the idempotency key of the call (the outbox row's), also the submission set's id
     * @param uniqueId         the document's unique id ({@code ClinicalDocument/id}, XDS uniqueId, masterIdentifier)
     * @param classCode        TRE_A03 class (e.g. {@code 11} synthèse, {@code 43} dispensation)
     * @param typeCode         JDV_J07 type (e.g. {@code SYNTH}, {@code 60593-1}); {@code typeSystem} its OID
     * @param formatCode       JDV_J60 format (e.g. {@code urn:ihe:iti:xds-sd:pdf:2008} for a CDA N1)
     * @param confidentiality  {@code N}, {@code R} or {@code V}
     * @param replacesUniqueId unique id of the version this one replaces (TD2.1), or null
     * @param cda              the CDA document bytes ({@code text/xml})
     */
    record DmpDocument(UUID submissionId, QualifiedIns ins, String uniqueId, String classCode, String typeCode,
                       String typeSystem, String typeDisplay, String formatCode, String title, Instant creation,
                       Instant serviceStart, DmpAuthor author, DmpOrganisation organisation, String confidentiality,
                       String replacesUniqueId, byte[] cda) {
        public DmpDocument {
            Objects.requireNonNull(submissionId, "submissionId");
            Objects.requireNonNull(ins, "ins");
            Objects.requireNonNull(uniqueId, "uniqueId");
            Objects.requireNonNull(classCode, "classCode");
            Objects.requireNonNull(typeCode, "typeCode");
            Objects.requireNonNull(typeSystem, "typeSystem");
            Objects.requireNonNull(formatCode, "formatCode");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(creation, "creation");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(confidentiality, "confidentiality");
            Objects.requireNonNull(cda, "cda");
            serviceStart = serviceStart == null ? creation : serviceStart;
            cda = cda.clone();
        }

        @Override
        public byte[] cda() {
            return cda.clone();
        }

        @Override
        public String toString() {
            return "DmpDocument[submission=" + submissionId + ", uniqueId=" + uniqueId + ", type=" + typeCode + "]";
        }
    }

    /**
     * @param documentUniqueId the unique id the DMP recorded
     * @param alreadyPresent   true when the DMP already had this document (same unique id, same content): a resend
     *                         after a lost answer, counted as delivered
     */
    record SubmissionReceipt(UUID submissionId, String documentUniqueId, boolean alreadyPresent) {
    }

    /**
     * An ITI-67 search. Empty sets and nulls mean "any".
     *
     * @param typeCodes JDV_J07 codes
     * @param from      documents created on or after this day
     * @param to        documents created on or before this day
     * @param authorId  the author's national id
     */
    record DmpQuery(Set<String> typeCodes, LocalDate from, LocalDate to, String authorId) {
        public static final DmpQuery ALL = new DmpQuery(Set.of(), null, null, null);

        public DmpQuery {
            typeCodes = typeCodes == null ? Set.of() : Set.copyOf(typeCodes);
        }
    }

    /**
     * One document of the DMP as ITI-67 describes it (REM DMP/UX.25: date, author, structure, type).
     *
     * @param id            the DMP's id of the DocumentReference (entryUUID)
     * @param uniqueId      masterIdentifier
     * @param contentUrl    where ITI-68 reads it
     * @param authorFromHere true when the author's structure is this practice (for « nouveaux » counts, REM UX.15)
     */
    record DmpEntry(String id, String uniqueId, String typeCode, String typeDisplay, String classCode, String title,
                    Instant creation, String authorId, String authorName, String organisationId,
                    String organisationName, String formatCode, String mimeType, long size, String contentUrl,
                    Instant submittedAt) {
        public DmpEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(uniqueId, "uniqueId");
        }
    }

    /** A document's bytes as retrieved. */
    record RetrievedDocument(String uniqueId, String mimeType, byte[] content) {
        public RetrievedDocument {
            Objects.requireNonNull(uniqueId, "uniqueId");
            Objects.requireNonNull(mimeType, "mimeType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
