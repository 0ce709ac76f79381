package fr.galien.sandbox.dmp;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fr.galien.sandbox.StateStore;
import fr.galien.sandbox.insi.Matricules;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

/**
 * The simulated DMP's behaviour behind the FHIR providers: TD0.2 status, ITI-65 validation and storage (the rules of
 * specs §1.3, §1.8: qualified INS with the right OID, a DMP that exists, required metadata, ASS_X04 class/type
 * pair, known format, facility and practice setting codes, size and SHA-1 of the content, the CDA header agreeing
 * with the metadata, the unique id not already used for another content), ITI-67 search, ITI-68 read, TD3.3c
 * withdrawal. Refusals are HAPI exceptions, which the server answers with an {@code OperationOutcome}.
 */
final class DmpRecords {

    static final String EXT_ACCESS = "urn:galien:sandbox:dmp:acces";
    static final String EXT_CLOSURE = "https://interop.esante.gouv.fr/ig/fhir/dmp/StructureDefinition/dmp-fermeture";
    static final String EXT_MES = "https://interop.esante.gouv.fr/ig/fhir/dmp/StructureDefinition/dmp-rattachement-mes";
    private static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

    private final FhirContext fhir;
    private final StateStore<DmpState> store;
    private final DmpJournal journal;
    private final Clock clock;

    DmpRecords(FhirContext fhir, StateStore<DmpState> store, DmpJournal journal, Clock clock) {
        this.fhir = fhir;
        this.store = store;
        this.journal = journal;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------ TD0.2

    List<Patient> patients(String system, String value) {
        journal.statusQueried();
        if (system == null || !DmpCodes.INS_OIDS.contains(oid(system))) {
            return List.of();
        }
        return DmpPatients.byMatricule(value).map(patient -> List.of(patientResource(patient))).orElse(List.of());
    }

    private static Patient patientResource(DmpPatient dmp) {
        Patient patient = new Patient();
        patient.setId(dmp.matricule());
        patient.addIdentifier().setSystem("urn:oid:1.2.250.1.213.1.4.8").setValue(dmp.matricule());
        patient.addName().setFamily(dmp.birthName()).addGiven(dmp.firstName());
        patient.setActive(dmp.closedOn() == null);
        patient.addExtension(EXT_MES, new BooleanType(dmp.linkedToMes()));
        patient.addExtension(EXT_ACCESS, new CodeType(dmp.access()));
        if (dmp.closedOn() != null) {
            Extension closure = patient.addExtension().setUrl(EXT_CLOSURE);
            closure.addExtension("dateFermeture", new DateType(Date.from(LocalDate.parse(dmp.closedOn())
                    .atStartOfDay().toInstant(ZoneOffset.UTC))));
            closure.addExtension("motifFermeture", new CodeType("FERMETURE_DEMANDEE_PATIENT"));
        }
        return patient;
    }

    // ------------------------------------------------------------------------------------------ ITI-65

    Bundle submit(Bundle transaction, String professional) {
        try {
            return doSubmit(transaction, professional);
        } catch (RuntimeException refused) {
            journal.refused();
            throw refused;
        }
    }

    private Bundle doSubmit(Bundle transaction, String professional) {
        if (transaction.getType() != Bundle.BundleType.TRANSACTION) {
            throw unprocessable("le Bundle n'est pas de type transaction");
        }
        ListResource submissionSet = null;
        List<DocumentReference> references = new ArrayList<>();
        Map<String, Binary> binaries = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof ListResource list) {
                if (submissionSet != null) {
                    throw unprocessable("plusieurs List dans le lot de soumission");
                }
                submissionSet = list;
            } else if (resource instanceof DocumentReference reference) {
                references.add(reference);
            } else if (resource instanceof Binary binary) {
                binaries.put(entry.getFullUrl(), binary);
            } else {
                throw unprocessable("ressource inattendue dans le lot : " + (resource == null ? "vide"
                        : resource.fhirType()));
            }
        }
        if (submissionSet == null || !"submissionset".equals(submissionSet.getCode().getCodingFirstRep().getCode())) {
            throw unprocessable("le lot ne contient pas de SubmissionSet (List code submissionset)");
        }
        if (references.size() != 1) {
            throw unprocessable("le simulateur accepte un DocumentReference par lot, reçu " + references.size());
        }
        String submissionSetId = identifier(submissionSet, Identifier.IdentifierUse.USUAL)
                .orElseThrow(() -> unprocessable("SubmissionSet sans identifiant unique (identifier usual)"));
        if (submissionSet.getExtensionByUrl("https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-sourceId")
                == null) {
            throw unprocessable("SubmissionSet sans ihe-sourceId");
        }
        DocumentReference reference = references.get(0);
        Checked checked = check(reference, binaries);
        DmpPatient patient = DmpPatients.byMatricule(checked.matricule)
                .filter(found -> found.closedOn() == null)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun DMP ouvert pour cet INS."));

        synchronized (this) {
            DmpState state = store.read();
            Optional<StoredDocument> existing = state.byUniqueId(checked.uniqueId);
            if (existing.isPresent()) {
                StoredDocument stored = existing.get();
                if (stored.sha1().equals(checked.sha1) && stored.matricule().equals(patient.matricule())) {
                    journal.alreadyPresent();
                    return response(stored, "200 OK");
                }
                throw new ResourceVersionConflictException("L'identifiant unique " + checked.uniqueId
                        + " est déjà utilisé par un autre document.");
            }
            boolean setReused = state.documents().stream()
                    .anyMatch(document -> submissionSetId.equals(document.submissionSetId()));
            if (setReused) {
                throw new ResourceVersionConflictException("Ce lot de soumission a déjà été reçu avec un autre"
                        + " document.");
            }
            StoredDocument replaced = null;
            if (checked.replaces != null) {
                replaced = state.byUniqueId(checked.replaces)
                        .filter(old -> old.matricule().equals(patient.matricule()) && old.status().equals("current"))
                        .orElseThrow(() -> unprocessable("le document remplacé " + checked.replaces
                                + " n'est pas un document courant de ce DMP"));
                if (checked.header.version() < 2) {
                    throw unprocessable("un remplacement doit porter un versionNumber supérieur à 1");
                }
            }
            String id = UUID.randomUUID().toString();
            Instant now = clock.instant();
            reference.setId(id);
            reference.getMeta().setLastUpdated(Date.from(now)).setVersionId("1");
            reference.getContentFirstRep().getAttachment().setUrl("Binary/" + id);
            StoredDocument document = new StoredDocument(id, checked.uniqueId, patient.matricule(), "current",
                    reference.getType().getCodingFirstRep().getCode(), checked.authorId, checked.structureId,
                    fhir.newJsonParser().encodeResourceToString(reference), "text/xml",
                    Base64.getEncoder().encodeToString(checked.content), checked.sha1, submissionSetId,
                    now.toString());
            StoredDocument oldOne = replaced;
            store.update(current -> {
                DmpState next = current.with(document);
                if (oldOne != null) {
                    next = next.replace(oldOne.id(), old -> old.withStatus("superseded",
                            withStatus(old.documentReference(), Enumerations.DocumentReferenceStatus.SUPERSEDED)));
                }
                return next;
            });
            journal.stored();
            return response(document, "201 Created");
        }
    }

    /** What one DocumentReference must carry (PDSm, specs §1.3) and must agree on with its CDA (§1.5). */
    private Checked check(DocumentReference reference, Map<String, Binary> binaries) {
        List<String> missing = new ArrayList<>();
        if (!reference.hasMasterIdentifier() || !reference.getMasterIdentifier().hasValue()) {
            missing.add("masterIdentifier");
        }
        if (reference.getStatus() != Enumerations.DocumentReferenceStatus.CURRENT) {
            missing.add("status=current");
        }
        if (!reference.getType().getCodingFirstRep().hasCode()) {
            missing.add("type");
        }
        if (!reference.getCategoryFirstRep().getCodingFirstRep().hasCode()) {
            missing.add("category");
        }
        if (!reference.hasDate()) {
            missing.add("date");
        }
        if (!reference.hasAuthor()) {
            missing.add("author");
        }
        if (!reference.hasCustodian()) {
            missing.add("custodian");
        }
        if (!reference.hasSecurityLabel()) {
            missing.add("securityLabel");
        }
        DocumentReference.DocumentReferenceContentComponent content = reference.getContentFirstRep();
        if (!content.getAttachment().hasSize() || !content.getAttachment().hasHash()
                || !content.getAttachment().hasTitle() || !content.getAttachment().hasUrl()) {
            missing.add("content.attachment (size, hash, title, url)");
        }
        if (!content.hasFormat()) {
            missing.add("content.format");
        }
        if (!reference.getContext().getPeriod().hasStart()) {
            missing.add("context.period.start");
        }
        if (!reference.getContext().hasFacilityType()) {
            missing.add("context.facilityType");
        }
        if (!reference.getContext().hasPracticeSetting()) {
            missing.add("context.practiceSetting");
        }
        if (!missing.isEmpty()) {
            throw unprocessable("métadonnées obligatoires absentes : " + String.join(", ", missing));
        }
        Identifier subject = reference.getSubject().getIdentifier();
        String insOid = oid(subject.getSystem());
        if (!DmpCodes.INS_OIDS.contains(insOid)) {
            throw unprocessable("le patient n'est pas désigné par son INS avec l'OID attendu (reçu "
                    + (subject.getSystem() == null ? "aucun" : subject.getSystem()) + ")");
        }
        String matricule = subject.getValue();
        if (matricule == null || !matricule.matches("[0-9]{5}([0-9]{2}|2[AB])[0-9]{8}")
                || (!insOid.endsWith(".9") && !Matricules.withKey(matricule.substring(0, 13)).equals(matricule))) {
            throw unprocessable("l'INS du patient n'est pas un matricule valide (13 caractères et clé)");
        }
        String typeCode = reference.getType().getCodingFirstRep().getCode();
        String classCode = reference.getCategoryFirstRep().getCodingFirstRep().getCode();
        String expectedClass = DmpCodes.CLASS_OF_TYPE.get(typeCode);
        if (expectedClass == null || !expectedClass.equals(classCode)) {
            throw unprocessable("le couple classe " + classCode + " / type " + typeCode
                    + " n'existe pas dans ASS_X04");
        }
        String format = content.getFormat().getCode();
        if (!DmpCodes.FORMATS.contains(format)) {
            throw unprocessable("format " + format + " hors JDV_J60");
        }
        String facility = reference.getContext().getFacilityType().getCodingFirstRep().getCode();
        if (!DmpCodes.FACILITIES.contains(facility)) {
            throw unprocessable("type de structure " + facility + " hors JDV_J02");
        }
        String setting = reference.getContext().getPracticeSetting().getCodingFirstRep().getCode();
        if (!DmpCodes.PRACTICE_SETTINGS.contains(setting)) {
            throw unprocessable("cadre d'exercice " + setting + " hors JDV_J04");
        }
        String confidentiality = reference.getSecurityLabel().stream()
                .flatMap(label -> label.getCoding().stream())
                .filter(coding -> CONFIDENTIALITY.equals(coding.getSystem())).map(Coding::getCode)
                .findFirst().orElseThrow(() -> unprocessable("securityLabel sans code de confidentialité"));
        if (!DmpCodes.CONFIDENTIALITY.contains(confidentiality)) {
            throw unprocessable("confidentialité " + confidentiality + " hors JDV_J08");
        }
        Binary binary = binaries.get(content.getAttachment().getUrl());
        if (binary == null || binary.getData() == null) {
            throw unprocessable("le contenu du document (Binary " + content.getAttachment().getUrl()
                    + ") est absent du lot");
        }
        byte[] bytes = binary.getData();
        String sha1 = Base64.getEncoder().encodeToString(sha1(bytes));
        if (content.getAttachment().getSize() != bytes.length
                || !sha1.equals(Base64.getEncoder().encodeToString(content.getAttachment().getHash()))) {
            throw unprocessable("la taille ou l'empreinte SHA-1 déclarée ne correspond pas au contenu");
        }
        CdaHeader header;
        try {
            header = CdaHeader.read(bytes);
        } catch (IllegalArgumentException e) {
            throw unprocessable(e.getMessage());
        }
        String uniqueId = bare(reference.getMasterIdentifier().getValue());
        List<String> disagreements = new ArrayList<>();
        if (!header.uniqueId().equals(uniqueId)) {
            disagreements.add("identifiant unique");
        }
        if (!header.typeCode().equals(typeCode)) {
            disagreements.add("type de document");
        }
        if (header.insRoot() == null || !header.insRoot().equals(insOid) || !matricule.equals(header.insExtension())) {
            disagreements.add("INS du patient");
        }
        if (!header.confidentiality().equals(confidentiality)) {
            disagreements.add("confidentialité");
        }
        if (!header.title().equals(content.getAttachment().getTitle())) {
            disagreements.add("titre");
        }
        if (!disagreements.isEmpty()) {
            throw unprocessable("les métadonnées ne correspondent pas à l'en-tête CDA : "
                    + String.join(", ", disagreements));
        }
        String replaces = reference.getRelatesTo().stream()
                .filter(relation -> relation.getCode() == DocumentReference.DocumentRelationshipType.REPLACES)
                .map(relation -> bare(relation.getTarget().getIdentifier().getValue())).findFirst().orElse(null);
        Practitioner author = contained(reference, Practitioner.class);
        Organization organisation = contained(reference, Organization.class);
        return new Checked(uniqueId, matricule, sha1, bytes, header, replaces,
                author == null ? null : author.getIdentifierFirstRep().getValue(),
                organisation == null ? null : organisation.getIdentifierFirstRep().getValue());
    }

    private record Checked(String uniqueId, String matricule, String sha1, byte[] content, CdaHeader header,
                           String replaces, String authorId, String structureId) {
    }

    private static Bundle response(StoredDocument document, String status) {
        Bundle response = new Bundle();
        response.setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        response.addEntry().getResponse().setStatus(status).setLocation("List/" + document.id());
        response.addEntry().getResponse().setStatus(status).setLocation("DocumentReference/" + document.id());
        response.addEntry().getResponse().setStatus(status).setLocation("Binary/" + document.id());
        return response;
    }

    // ------------------------------------------------------------------------------------------ ITI-67 / 68

    /** The patient's documents after the access check (403 opposition / consent, 404 no DMP). */
    List<DocumentReference> search(String insSystem, String matricule, Optional<String> status,
                                   List<String> typeCodes, Instant from, Instant to, String authorId,
                                   String uniqueId) {
        journal.searched();
        DmpPatient patient = readable(insSystem, matricule);
        List<DocumentReference> found = new ArrayList<>();
        for (StoredDocument document : store.read().documents()) {
            if (!document.matricule().equals(patient.matricule())) {
                continue;
            }
            if (status.isPresent() && !status.get().equals(document.status())) {
                continue;
            }
            if (!typeCodes.isEmpty() && !typeCodes.contains(document.typeCode())) {
                continue;
            }
            if (authorId != null && !authorId.equals(document.authorId())) {
                continue;
            }
            if (uniqueId != null && !uniqueId.equals(document.uniqueId())) {
                continue;
            }
            DocumentReference reference = fhir.newJsonParser().parseResource(DocumentReference.class,
                    document.documentReference());
            Instant created = reference.getContentFirstRep().getAttachment().hasCreation()
                    ? reference.getContentFirstRep().getAttachment().getCreation().toInstant() : null;
            if (from != null && (created == null || created.isBefore(from))) {
                continue;
            }
            if (to != null && (created == null || created.isAfter(to))) {
                continue;
            }
            reference.setId(document.id());
            found.add(reference);
        }
        return found;
    }

    Binary binary(String id) {
        StoredDocument document = store.read().byId(id)
                .orElseThrow(() -> new ResourceNotFoundException("Document inconnu : " + id));
        readable("urn:oid:1.2.250.1.213.1.4.8", document.matricule());
        journal.retrieved();
        Binary binary = new Binary();
        binary.setId(id);
        binary.setContentType(document.contentType());
        binary.setData(Base64.getDecoder().decode(document.content()));
        return binary;
    }

    DocumentReference read(String id) {
        StoredDocument document = store.read().byId(id)
                .orElseThrow(() -> new ResourceNotFoundException("Document inconnu : " + id));
        readable("urn:oid:1.2.250.1.213.1.4.8", document.matricule());
        DocumentReference reference = fhir.newJsonParser().parseResource(DocumentReference.class,
                document.documentReference());
        reference.setId(id);
        return reference;
    }

    private static DmpPatient readable(String insSystem, String matricule) {
        if (insSystem == null || !DmpCodes.INS_OIDS.contains(oid(insSystem))) {
            throw new InvalidRequestException("patient.identifier doit être l'INS (urn:oid:1.2.250.1.213.1.4.8|…).");
        }
        DmpPatient patient = DmpPatients.byMatricule(matricule).filter(found -> found.closedOn() == null)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun DMP ouvert pour cet INS."));
        switch (patient.access()) {
            case "opposition" -> throw new ForbiddenOperationException(
                    "Le patient s'est opposé à l'accès des professionnels à son DMP.");
            case "consentement-requis" -> throw new ForbiddenOperationException(
                    "L'accès à ce DMP demande le consentement du patient.");
            default -> {
                return patient;
            }
        }
    }

    // ------------------------------------------------------------------------------------------ TD3.3c

    /** Only {@code status} may change (PDSm: else 405), only by the author (403 otherwise). */
    void withdraw(String id, String newStatus, String professional) {
        StoredDocument document = store.read().byId(id)
                .orElseThrow(() -> new ResourceNotFoundException("Document inconnu : " + id));
        if (!"entered-in-error".equals(newStatus) && !"superseded".equals(newStatus)) {
            throw new UnprocessableEntityException("Seul le statut (entered-in-error) peut être modifié ici.");
        }
        String who = professional.startsWith("psc:") ? professional.substring(4) : professional;
        if (document.authorId() != null && !document.authorId().equals(who)) {
            throw new ForbiddenOperationException("Seul l'auteur du document peut le retirer du DMP.");
        }
        Enumerations.DocumentReferenceStatus status = Enumerations.DocumentReferenceStatus.fromCode(newStatus);
        store.update(state -> state.replace(id, old -> old.withStatus(newStatus,
                withStatus(old.documentReference(), status))));
    }

    private String withStatus(String json, Enumerations.DocumentReferenceStatus status) {
        DocumentReference reference = fhir.newJsonParser().parseResource(DocumentReference.class, json);
        reference.setStatus(status);
        return fhir.newJsonParser().encodeResourceToString(reference);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static <T extends Resource> T contained(DocumentReference reference, Class<T> type) {
        return reference.getContained().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static Optional<String> identifier(ListResource list, Identifier.IdentifierUse use) {
        return list.getIdentifier().stream().filter(id -> id.getUse() == use && id.hasValue())
                .map(id -> bare(id.getValue())).findFirst();
    }

    static String oid(String system) {
        return system != null && system.startsWith("urn:oid:") ? system.substring(8) : Objects.toString(system, "");
    }

    static String bare(String value) {
        return value != null && value.startsWith("urn:oid:") ? value.substring(8) : value;
    }

    private static UnprocessableEntityException unprocessable(String why) {
        return new UnprocessableEntityException("Document refusé par le DMP : " + why + ".");
    }

    static byte[] sha1(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
