package fr.galien.dmp;

import fr.galien.core.port.DmpPort.DmpAuthor;
import fr.galien.core.port.DmpPort.DmpDocument;
import fr.galien.core.port.DmpPort.DmpOrganisation;
import fr.galien.core.port.QualifiedIns;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * ITI-65 Provide Document Bundle per PDSm (specs §1.2 TD2/TD2.1, §1.3): a transaction of one SubmissionSet
 * {@code List}, one {@code DocumentReference} with the metadata the profile requires (masterIdentifier = unique id,
 * type/class/format/facility/practice setting from the value sets of §1.4, subject by INS, author, securityLabel,
 * content attachment with size and SHA-1, relatesTo replaces) and the {@code Binary} holding the CDA.
 *
 * <p>Ids are derived from the submission id, so a resend of the same outbox row builds the same Bundle: the DMP
 * (and our simulator) recognise it by the document's unique id and the submission set's.
 */
final class Iti65Bundle {

    private Iti65Bundle() {
    }

    static Bundle of(DmpDocument document, String sourceOid) {
        byte[] cda = document.cda();
        UUID submission = document.submissionId();
        String listUuid = "urn:uuid:" + derived(submission, 1);
        String referenceUuid = "urn:uuid:" + derived(submission, 2);
        String binaryUuid = "urn:uuid:" + derived(submission, 3);

        Bundle bundle = new Bundle();
        bundle.getMeta().addProfile(Pdsm.PROFILE_BUNDLE);
        bundle.setType(Bundle.BundleType.TRANSACTION);
        bundle.setTimestamp(Date.from(document.creation()));

        ListResource submissionSet = submissionSet(document, sourceOid, listUuid, referenceUuid);
        bundle.addEntry().setFullUrl(listUuid).setResource(submissionSet).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("List");

        DocumentReference reference = documentReference(document, cda, binaryUuid, referenceUuid);
        bundle.addEntry().setFullUrl(referenceUuid).setResource(reference).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("DocumentReference");

        Binary binary = new Binary();
        binary.setContentType("text/xml");
        binary.setData(cda);
        bundle.addEntry().setFullUrl(binaryUuid).setResource(binary).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Binary");
        return bundle;
    }

    /** The submission set's unique id: an OID under 2.25 from the submission id (the outbox idempotency key). */
    static String submissionSetUniqueId(UUID submissionId) {
        return "2.25." + new BigInteger(1, uuidBytes(submissionId));
    }

    private static ListResource submissionSet(DmpDocument document, String sourceOid, String listUuid,
                                              String referenceUuid) {
        ListResource list = new ListResource();
        list.getMeta().addProfile(Pdsm.PROFILE_SUBMISSION_SET);
        PractitionerRole role = authorRole(document.author(), document.organisation());
        list.addContained(practitioner(document.author()));
        list.addContained(role);
        list.addContained(organisation(document.organisation()));
        list.addExtension(Pdsm.EXT_DESIGNATION_TYPE, new CodeableConcept(typeCoding(document)));
        list.addExtension(Pdsm.EXT_SOURCE_ID, new Identifier().setSystem(Pdsm.RFC3986).setValue("urn:oid:" + sourceOid));
        list.addExtension(Pdsm.EXT_IS_ARCHIVED, new BooleanType(false));
        list.addIdentifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(Pdsm.RFC3986)
                .setValue("urn:oid:" + submissionSetUniqueId(document.submissionId()));
        list.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(Pdsm.RFC3986).setValue(listUuid);
        list.setStatus(ListResource.ListStatus.CURRENT);
        list.setMode(ListResource.ListMode.WORKING);
        list.setTitle(document.title());
        list.setCode(new CodeableConcept(new Coding(Pdsm.MHD_LIST_TYPES, "submissionset", "Submission Set")));
        list.setSubject(patientReference(document.ins()));
        list.setDate(Date.from(document.creation()));
        Reference source = new Reference("#author-role");
        source.addExtension(Pdsm.EXT_AUTHOR_ORG, new Reference("#org"));
        list.setSource(source);
        list.addEntry().setItem(new Reference(referenceUuid));
        return list;
    }

    private static DocumentReference documentReference(DmpDocument document, byte[] cda, String binaryUuid,
                                                       String referenceUuid) {
        DocumentReference reference = new DocumentReference();
        reference.getMeta().addProfile(Pdsm.PROFILE_DOCUMENT_REFERENCE);
        reference.addContained(practitioner(document.author()));
        reference.addContained(authorRole(document.author(), document.organisation()));
        reference.addContained(organisation(document.organisation()));
        reference.addContained(sourcePatient(document.ins()));
        reference.setMasterIdentifier(new Identifier().setUse(Identifier.IdentifierUse.USUAL)
                .setSystem(Pdsm.RFC3986).setValue(Pdsm.uri(document.uniqueId())));
        reference.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(Pdsm.RFC3986)
                .setValue(referenceUuid);
        reference.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        reference.setType(new CodeableConcept(typeCoding(document)));
        reference.addCategory(new CodeableConcept(new Coding(Pdsm.CLASS_SYSTEM, document.classCode(), null)));
        reference.setSubject(patientReference(document.ins()));
        reference.setDate(Date.from(document.creation()));
        reference.addAuthor(new Reference("#author-role"));
        reference.setCustodian(new Reference("#org"));
        reference.addSecurityLabel(new CodeableConcept(
                new Coding(Pdsm.CONFIDENTIALITY_SYSTEM, document.confidentiality(), null)));
        if (document.replacesUniqueId() != null) {
            Reference previous = new Reference();
            previous.setType("DocumentReference");
            previous.setIdentifier(new Identifier().setSystem(Pdsm.RFC3986)
                    .setValue(Pdsm.uri(document.replacesUniqueId())));
            reference.addRelatesTo().setCode(DocumentReference.DocumentRelationshipType.REPLACES)
                    .setTarget(previous);
        }
        Attachment attachment = new Attachment();
        attachment.setContentType("text/xml");
        attachment.setLanguage("fr-FR");
        attachment.setUrl(binaryUuid);
        attachment.setSize(cda.length);
        attachment.setHash(sha1(cda));
        attachment.setTitle(document.title());
        attachment.setCreation(Date.from(document.creation()));
        DocumentReference.DocumentReferenceContentComponent content = reference.addContent().setAttachment(attachment);
        content.setFormat(new Coding(Pdsm.formatSystemOf(document.formatCode()), document.formatCode(), null));
        DocumentReference.DocumentReferenceContextComponent context = reference.getContext();
        context.setPeriod(new Period().setStart(Date.from(document.serviceStart())));
        context.setFacilityType(new CodeableConcept(new Coding(Pdsm.FACILITY_SYSTEM,
                document.organisation().facilityTypeCode(), null)));
        context.setPracticeSetting(new CodeableConcept(new Coding(Pdsm.PRACTICE_SETTING_SYSTEM,
                document.organisation().practiceSetting(), null)));
        context.setSourcePatientInfo(new Reference("#patient"));
        return reference;
    }

    private static Coding typeCoding(DmpDocument document) {
        return new Coding(Pdsm.systemOf(document.typeSystem()), document.typeCode(), document.typeDisplay());
    }

    /** The patient by INS (specs §2.7: identifier system {@code urn:oid:<OID>}). */
    static Reference patientReference(QualifiedIns ins) {
        Reference subject = new Reference();
        subject.setType("Patient");
        subject.setIdentifier(new Identifier().setSystem("urn:oid:" + ins.oid()).setValue(ins.matricule()));
        return subject;
    }

    private static Patient sourcePatient(QualifiedIns ins) {
        Patient patient = new Patient();
        patient.setId("patient");
        patient.addIdentifier().setSystem("urn:oid:" + ins.oid()).setValue(ins.matricule());
        return patient;
    }

    private static Practitioner practitioner(DmpAuthor author) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId("author");
        practitioner.addIdentifier().setSystem("urn:oid:" + Pdsm.OID_PS).setValue(author.nationalId());
        HumanName name = practitioner.addName();
        if (author.familyName() != null) {
            name.setFamily(author.familyName());
        }
        if (author.givenName() != null) {
            name.addGiven(author.givenName());
        }
        return practitioner;
    }

    private static PractitionerRole authorRole(DmpAuthor author, DmpOrganisation organisation) {
        PractitionerRole role = new PractitionerRole();
        role.setId("author-role");
        role.setPractitioner(new Reference("#author"));
        role.setOrganization(new Reference("#org"));
        if (author.professionCode() != null) {
            role.addCode(new CodeableConcept(new Coding(Pdsm.PROFESSION_SYSTEM, author.professionCode(), null)));
        }
        return role;
    }

    private static Organization organisation(DmpOrganisation organisation) {
        Organization org = new Organization();
        org.setId("org");
        org.addIdentifier().setSystem("urn:oid:" + Pdsm.OID_STRUCTURE).setValue(organisation.id());
        org.setName(organisation.name());
        return org;
    }

    static byte[] sha1(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** A stable uuid per (submission, slot): resends carry the same full URLs. */
    private static UUID derived(UUID submission, int slot) {
        return UUID.nameUUIDFromBytes(ByteBuffer.allocate(20).put(uuidBytes(submission)).putInt(slot).array());
    }

    private static byte[] uuidBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
