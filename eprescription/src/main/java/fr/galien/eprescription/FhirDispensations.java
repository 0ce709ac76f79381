package fr.galien.eprescription;

import static fr.galien.eprescription.FhirWire.*;

import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.Dispensation;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.Product;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;

/**
 * A dispensation (« exécution ») as the sandbox contract carries it (docs/eprescription.md): a {@code Parameters}
 * whose {@code dispensation} is a {@code collection} Bundle identified by the dispensation id (the idempotency key),
 * one {@code MedicationDispense} per line, mirroring the fields of the ANS « FR Document Core »
 * {@code FrMedicationDispenseDocument} (specs §4.4): identifier, type (completeness), quantity, medication (the
 * product given, a generic when substituted), {@code authorizingPrescription} = the line ({@code <identifier>-<n>}
 * under {@code urn:oid:1.2.250.1.215.500.1.1}), substitution, the pharmacist (idNat_PS) and the pharmacy.
 * Deterministic: no clock, name-based full URLs.
 */
final class FhirDispensations {

    private FhirDispensations() {
    }

    static Parameters toParameters(Dispensation dispensation) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName(PARAM_DISPENSATION).setResource(toBundle(dispensation));
        return parameters;
    }

    static Bundle toBundle(Dispensation dispensation) {
        String dispensationUrn = "urn:uuid:" + dispensation.dispensationId();
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem(URN_IETF).setValue(dispensationUrn));
        bundle.setTimestamp(Date.from(dispensation.dispensedAt()));
        for (DispensedLine line : dispensation.lines()) {
            MedicationDispense dispense = new MedicationDispense();
            dispense.addIdentifier().setSystem(URN_IETF).setValue(dispensationUrn);
            dispense.addAuthorizingPrescription(new Reference().setIdentifier(new Identifier()
                    .setSystem(OID_PRESCRIPTION).setValue(dispensation.prescriptionId() + "-" + line.lineNumber())));
            dispense.addPerformer().setActor(new Reference().setIdentifier(new Identifier()
                    .setSystem(OID_ID_NAT_PS).setValue(dispensation.dispenser().nationalId())));
            if (!dispensation.dispenser().structureId().isBlank()) {
                Reference pharmacy = new Reference().setIdentifier(new Identifier().setSystem(OID_STRUCTURE)
                        .setValue(dispensation.dispenser().structureId()));
                if (!dispensation.dispenser().structureName().isBlank()) {
                    pharmacy.setDisplay(dispensation.dispenser().structureName());
                }
                dispense.addPerformer().setActor(pharmacy);
            }
            dispense.setWhenHandedOver(Date.from(dispensation.dispensedAt()));
            if (line.completeness() == Completeness.NOT_DISPENSED) {
                dispense.setStatus(MedicationDispense.MedicationDispenseStatus.DECLINED);
                String reason = line.reason() == null ? "OTHER" : line.reason().name();
                String label = line.reason() == null ? "autre motif" : line.reason().label();
                dispense.setStatusReason(new CodeableConcept(new Coding(CS_NOT_DISPENSED, reason, label)));
                dispense.setMedication(new CodeableConcept().setText("ligne " + line.lineNumber()));
            } else {
                dispense.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
                String code = line.completeness() == Completeness.PARTIAL ? "FFP" : "FF";
                dispense.setType(new CodeableConcept(new Coding(CS_ACT_CODE, code,
                        line.completeness() == Completeness.PARTIAL ? "délivrance partielle" : "délivrance complète")));
                SimpleQuantity quantity = new SimpleQuantity();
                quantity.setValue(line.quantity());
                dispense.setQuantity(quantity);
                if (line.substitute() != null) {
                    dispense.setMedication(FhirPrescriptions.concept(line.substitute()));
                    dispense.getSubstitution().setWasSubstituted(true)
                            .setType(new CodeableConcept(new Coding(CS_SUBSTITUTION, "G", "générique")));
                } else {
                    dispense.setMedication(new CodeableConcept().setText("produit prescrit, ligne "
                            + line.lineNumber()));
                    dispense.getSubstitution().setWasSubstituted(false);
                }
            }
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes((dispensation.dispensationId() + "/line-"
                    + line.lineNumber()).getBytes(StandardCharsets.UTF_8))).setResource(dispense);
        }
        return bundle;
    }
}
