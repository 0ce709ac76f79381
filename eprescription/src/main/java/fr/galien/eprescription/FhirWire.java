package fr.galien.eprescription;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The names of the sandbox contract (docs/eprescription.md; ours — the Assurance Maladie's API is not public) and
 * of the ANS ePrescription IG profiles the payloads follow. One {@link FhirContext} for the JVM.
 */
final class FhirWire {

    /** Building a context scans the R4 model (about a second): once per JVM, shared and thread-safe. */
    static final FhirContext CONTEXT = FhirContext.forR4Cached();

    static final String MEDIA_TYPE = "application/fhir+json";

    static final String IG = "https://interop.esante.gouv.fr/ig/fhir/eprescription/StructureDefinition/";
    static final String PROFILE_MEDICATION_REQUEST = IG + "fr-medicationrequest";
    static final String PROFILE_REQUEST_GROUP = IG + "fr-requestgroup-for-prescription";
    static final String PROFILE_PATIENT_INS = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins";
    static final String PROFILE_PRACTITIONER = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-practitioner";
    static final String EXT_RENDERED_DOSAGE =
            "http://hl7.org/fhir/5.0/StructureDefinition/extension-MedicationRequest.renderedDosageInstruction";

    static final String EXT_BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
    static final String EXT_INSEE_CODE = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code";
    static final String EXT_BIRTH_LIST_GIVEN_NAME =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name";
    static final String EXT_IDENTITY_RELIABILITY =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";
    static final String CS_IDENTITY_STATUS = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status";
    static final String CS_COMMUNE = "https://mos.esante.gouv.fr/NOS/TRE_R13-Commune/FHIR/TRE-R13-Commune";
    static final String CS_COUNTRY = "https://mos.esante.gouv.fr/NOS/TRE_R20-Pays/FHIR/TRE-R20-Pays";
    static final String CS_IDENTIFIER_TYPE = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";
    static final String CS_PROFESSION = "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";
    static final String INS_OID_PREFIX = "1.2.250.1.213.1.4.";

    /** idNat_PS (8 + RPPS) and the RPPS itself (fr-core-practitioner slices). */
    static final String OID_ID_NAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
    static final String RPPS_SYSTEM = "https://rpps.esante.gouv.fr";
    /** The structure (FINESS/SIRET…) of the exercise. */
    static final String OID_STRUCTURE = "urn:oid:1.2.250.1.71.4.2.2";

    /** Identifier root of the prescription (specs §4.3); lines are {@code <identifier>-<number>} in it. */
    static final String OID_PRESCRIPTION = "urn:oid:1.2.250.1.215.500.1.1";
    /** Request and dispensation ids (idempotency keys). */
    static final String URN_IETF = "urn:ietf:rfc:3986";

    static final String CS_ANSM = "http://data.esante.gouv.fr/ansm/medicament/";
    static final String CS_CIP13 = CS_ANSM + "Presentation";
    static final String CS_CIS = CS_ANSM + "SpecialitePharmaceutique";
    static final String CS_SUBSTANCE = CS_ANSM + "substance";
    static final String CS_UCUM = "http://unitsofmeasure.org";
    /** Dispensation completeness (HL7 v3 ActCode: FF/FFP first fill, complete or partial). */
    static final String CS_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    /** Substitution by a generic (HL7 v3 SubstanceAdminSubstitution {@code G}, as FrMedicationDispenseDocument). */
    static final String CS_SUBSTITUTION = "http://terminology.hl7.org/CodeSystem/v3-substanceAdminSubstitution";
    /** ALD / hors ALD part of the bizone ordonnance (our code system in the sandbox contract). */
    static final String CS_ALD = "https://galien.fr/fhir/CodeSystem/ordonnance-bizone";
    /** Why a line was not dispensed (our code system in the sandbox contract). */
    static final String CS_NOT_DISPENSED = "https://galien.fr/fhir/CodeSystem/motif-non-delivrance";
    /** The simulator's refusal codes in {@code OperationOutcome.issue.details} (docs/eprescription.md). */
    static final String CS_REFUSAL = "https://galien.fr/fhir/CodeSystem/eprescription-refus";

    static final String OP_CANCEL = "$cancel";
    static final String OP_DISPENSE = "$dispense";
    static final String PARAM_DISPENSATION = "dispensation";

    private FhirWire() {
    }

    static IParser parser() {
        return CONTEXT.newJsonParser().setPrettyPrint(false);
    }
}
