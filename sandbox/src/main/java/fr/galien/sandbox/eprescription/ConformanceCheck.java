package fr.galien.sandbox.eprescription;

import fr.galien.sandbox.eprescription.Refusals.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.Resource;

/**
 * What the simulated service refuses in a prescription or a dispensation, as the real one would (an
 * {@code OperationOutcome} naming each element): the required elements of {@code fr-medicationrequest} and
 * {@code fr-requestgroup-for-prescription} (ANS ePrescription IG 1.1.0-ballot), the codes of
 * {@code fr-medication-code}, the patient's INS (an INS OID, a 15-character matricule), the prescriber's idNat_PS,
 * quantities. Written from the IG's StructureDefinitions, not from any client.
 */
final class ConformanceCheck {

    static final String URN_IETF = "urn:ietf:rfc:3986";
    static final String OID_PRESCRIPTION = "urn:oid:1.2.250.1.215.500.1.1";
    static final String OID_ID_NAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
    static final String PROFILE_MEDICATION_REQUEST =
            "https://interop.esante.gouv.fr/ig/fhir/eprescription/StructureDefinition/fr-medicationrequest";
    private static final String ANSM = "http://data.esante.gouv.fr/ansm/medicament/";
    /** fr-medication-code (required binding of MedicationRequest.medication[x]). */
    private static final Set<String> MEDICATION_SYSTEMS = Set.of(ANSM + "UCD", ANSM + "codeSMS", ANSM + "substance",
            ANSM + "Presentation", ANSM + "SpecialitePharmaceutique");
    /** INS OIDs (specs §2.3): NIR, NIA, test, demo. */
    private static final Set<String> INS_SYSTEMS = Set.of("urn:oid:1.2.250.1.213.1.4.8",
            "urn:oid:1.2.250.1.213.1.4.9", "urn:oid:1.2.250.1.213.1.4.10", "urn:oid:1.2.250.1.213.1.4.11");
    private static final Pattern MATRICULE = Pattern.compile("[12378]\\d{4}(\\d{2}|2A|2B)\\d{6}\\d{2}");
    private static final Pattern UUID_URN = Pattern.compile(
            "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_RENEWALS = 12;

    private ConformanceCheck() {
    }

    /** The findings on a prescription Bundle; empty when it may be registered. */
    static List<Finding> prescription(Bundle bundle) {
        List<Finding> findings = new ArrayList<>();
        if (bundle.getType() != Bundle.BundleType.COLLECTION) {
            findings.add(new Finding("Bundle.type", "Le Bundle doit être de type « collection »."));
        }
        if (!uuidIdentifier(bundle.getIdentifier())) {
            findings.add(new Finding("Bundle.identifier",
                    "Identifiant de la demande absent ou mal formé (urn:ietf:rfc:3986, urn:uuid:…)."));
        }
        Map<String, Resource> byUrl = new HashMap<>();
        List<RequestGroup> groups = new ArrayList<>();
        List<MedicationRequest> requests = new ArrayList<>();
        int index = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (!entry.hasFullUrl()) {
                findings.add(new Finding("Bundle.entry[" + index + "].fullUrl", "Entrée sans fullUrl."));
            } else {
                byUrl.put(entry.getFullUrl(), entry.getResource());
            }
            if (entry.getResource() instanceof RequestGroup group) {
                groups.add(group);
            } else if (entry.getResource() instanceof MedicationRequest request) {
                requests.add(request);
            }
            index++;
        }
        if (groups.size() != 1) {
            findings.add(new Finding("Bundle.entry", "Le Bundle doit contenir exactement un RequestGroup "
                    + "(fr-requestgroup-for-prescription) : " + groups.size() + " trouvé(s)."));
        } else {
            RequestGroup group = groups.get(0);
            if (!group.hasGroupIdentifier()) {
                findings.add(new Finding("RequestGroup.groupIdentifier", "groupIdentifier est obligatoire."));
            }
            if (!group.hasAction()) {
                findings.add(new Finding("RequestGroup.action", "L'ordonnance ne compte aucune ligne."));
            }
            int number = 0;
            for (RequestGroup.RequestGroupActionComponent action : group.getAction()) {
                number++;
                if (!(byUrl.get(action.getResource().getReference()) instanceof MedicationRequest)) {
                    findings.add(new Finding("RequestGroup.action[" + (number - 1) + "].resource",
                            "La ligne " + number + " ne désigne aucune MedicationRequest du Bundle."));
                }
            }
        }
        if (requests.isEmpty()) {
            findings.add(new Finding("Bundle.entry", "Aucune MedicationRequest (fr-medicationrequest)."));
        }
        for (int i = 0; i < requests.size(); i++) {
            medicationRequest(requests.get(i), "MedicationRequest[" + i + "]", byUrl, findings);
        }
        return findings;
    }

    private static void medicationRequest(MedicationRequest request, String where, Map<String, Resource> byUrl,
                                          List<Finding> findings) {
        if (request.getMeta().getProfile().stream().noneMatch(p -> PROFILE_MEDICATION_REQUEST.equals(p.getValue()))) {
            findings.add(new Finding(where + ".meta.profile", "Le profil fr-medicationrequest doit être déclaré."));
        }
        if (!request.hasAuthoredOn()) {
            findings.add(new Finding(where + ".authoredOn", "authoredOn est obligatoire (fr-medicationrequest)."));
        }
        if (!(byUrl.get(request.getRequester().getReference()) instanceof Practitioner practitioner)) {
            findings.add(new Finding(where + ".requester", "Le prescripteur (Practitioner du Bundle) est obligatoire."));
        } else if (practitioner.getIdentifier().stream()
                .noneMatch(id -> OID_ID_NAT_PS.equals(id.getSystem()) && id.hasValue())) {
            findings.add(new Finding("Practitioner.identifier",
                    "Le prescripteur doit porter son identifiant national (idNat_PS, " + OID_ID_NAT_PS + ")."));
        }
        if (!(byUrl.get(request.getSubject().getReference()) instanceof Patient patient)) {
            findings.add(new Finding(where + ".subject", "Le patient (Patient du Bundle) est obligatoire."));
        } else {
            patient(patient, findings);
        }
        if (!request.hasDosageInstruction()) {
            findings.add(new Finding(where + ".dosageInstruction", "Au moins une posologie est obligatoire."));
        }
        for (Dosage dosage : request.getDosageInstruction()) {
            if (dosage.hasPatientInstruction()) {
                findings.add(new Finding(where + ".dosageInstruction.patientInstruction",
                        "patientInstruction est interdit par fr-medicationrequest."));
            }
            if (!dosage.hasText() && !dosage.hasTiming()) {
                findings.add(new Finding(where + ".dosageInstruction", "Posologie vide."));
            }
        }
        if (!(request.getMedication() instanceof CodeableConcept concept) || !concept.hasCoding()) {
            findings.add(new Finding(where + ".medication[x]", "Médicament non codé."));
        } else {
            for (Coding coding : concept.getCoding()) {
                medicationCode(coding, where, findings);
            }
        }
        var dispense = request.getDispenseRequest();
        if (!dispense.hasQuantity() || !dispense.getQuantity().hasValue()
                || dispense.getQuantity().getValue().signum() <= 0) {
            findings.add(new Finding(where + ".dispenseRequest.quantity", "Quantité à délivrer absente ou nulle."));
        }
        if (dispense.getNumberOfRepeatsAllowed() < 0 || dispense.getNumberOfRepeatsAllowed() > MAX_RENEWALS) {
            findings.add(new Finding(where + ".dispenseRequest.numberOfRepeatsAllowed",
                    "Renouvellements entre 0 et " + MAX_RENEWALS + "."));
        }
    }

    private static void medicationCode(Coding coding, String where, List<Finding> findings) {
        String system = coding.getSystem() == null ? "" : coding.getSystem();
        if (!MEDICATION_SYSTEMS.contains(system)) {
            findings.add(new Finding(where + ".medicationCodeableConcept.coding.system",
                    "Système de code hors du jeu fr-medication-code : « " + system + " »."));
            return;
        }
        String code = coding.getCode() == null ? "" : coding.getCode();
        boolean ok = switch (system.substring(ANSM.length())) {
            case "Presentation" -> code.matches("\\d{13}");
            case "SpecialitePharmaceutique" -> code.matches("\\d{8}");
            default -> !code.isBlank();
        };
        if (!ok) {
            findings.add(new Finding(where + ".medicationCodeableConcept.coding.code",
                    "Code médicament mal formé pour " + system + "."));
        }
    }

    private static void patient(Patient patient, List<Finding> findings) {
        boolean ins = false;
        for (Identifier identifier : patient.getIdentifier()) {
            if (INS_SYSTEMS.contains(identifier.getSystem())) {
                if (identifier.getValue() == null || !MATRICULE.matcher(identifier.getValue()).matches()) {
                    findings.add(new Finding("Patient.identifier.value",
                            "Matricule INS mal formé (15 caractères : 13 + clé)."));
                }
                ins = true;
            }
        }
        if (!ins) {
            findings.add(new Finding("Patient.identifier",
                    "Le patient doit porter son INS qualifié (OID 1.2.250.1.213.1.4.8, .9, .10 ou .11)."));
        }
        if (!patient.hasName() || !patient.getNameFirstRep().hasFamily()) {
            findings.add(new Finding("Patient.name", "Nom de naissance absent."));
        }
        if (!patient.hasGender()) {
            findings.add(new Finding("Patient.gender", "Sexe absent."));
        }
        if (!patient.hasBirthDate() && !patient.hasBirthDateElement()) {
            findings.add(new Finding("Patient.birthDate", "Date de naissance absente."));
        }
    }

    /**
     * The findings on a dispensation Bundle against the lines of prescription {@code id} ({@code lines} numbers).
     */
    static List<Finding> dispensation(Bundle bundle, String id, Set<Integer> lines) {
        List<Finding> findings = new ArrayList<>();
        if (!uuidIdentifier(bundle.getIdentifier())) {
            findings.add(new Finding("Bundle.identifier",
                    "Identifiant de la délivrance absent ou mal formé (urn:ietf:rfc:3986, urn:uuid:…)."));
        }
        int index = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            String where = "MedicationDispense[" + index++ + "]";
            if (!(entry.getResource() instanceof MedicationDispense dispense)) {
                findings.add(new Finding("Bundle.entry", "Seules des MedicationDispense sont attendues."));
                continue;
            }
            Identifier line = dispense.getAuthorizingPrescriptionFirstRep().getIdentifier();
            Integer number = lineNumber(line, id);
            if (number == null || !lines.contains(number)) {
                findings.add(new Finding(where + ".authorizingPrescription",
                        "Ligne de prescription inconnue : « " + line.getValue() + " »."));
            }
            if (dispense.getPerformer().stream().noneMatch(p -> OID_ID_NAT_PS.equals(
                    p.getActor().getIdentifier().getSystem()) && p.getActor().getIdentifier().hasValue())) {
                findings.add(new Finding(where + ".performer", "Le pharmacien (idNat_PS) est obligatoire."));
            }
            if (dispense.getStatus() == MedicationDispense.MedicationDispenseStatus.DECLINED) {
                if (!dispense.hasStatusReason()) {
                    findings.add(new Finding(where + ".statusReason", "Motif de non-délivrance absent."));
                }
            } else if (dispense.getStatus() == MedicationDispense.MedicationDispenseStatus.COMPLETED) {
                BigDecimal quantity = dispense.hasQuantity() ? dispense.getQuantity().getValue() : null;
                if (quantity == null || quantity.signum() <= 0) {
                    findings.add(new Finding(where + ".quantity", "Quantité délivrée absente ou nulle."));
                }
            } else {
                findings.add(new Finding(where + ".status", "Statut attendu : completed ou declined."));
            }
        }
        if (index == 0) {
            findings.add(new Finding("Bundle.entry", "La délivrance ne compte aucune ligne."));
        }
        return findings;
    }

    static Integer lineNumber(Identifier line, String id) {
        if (!OID_PRESCRIPTION.equals(line.getSystem()) || line.getValue() == null
                || !line.getValue().startsWith(id + "-")) {
            return null;
        }
        try {
            return Integer.valueOf(line.getValue().substring(id.length() + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean uuidIdentifier(Identifier identifier) {
        return identifier != null && URN_IETF.equals(identifier.getSystem()) && identifier.getValue() != null
                && UUID_URN.matcher(identifier.getValue()).matches();
    }
}
