package fr.galien.core.eprescription;

import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.port.EPrescriptionPort.EPrescription;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A prescription fetched at the counter, with what the pharmacist needs to dispense it.
 *
 * @param patientId   the patient it was checked against, or null
 * @param comparison  the traits side by side (prescription's vs this practice's), when a patient was given
 * @param remaining   per line number: what may still be dispensed over the prescription's life, what was dispensed
 *                    everywhere and what waits here to be sent both deducted
 * @param pendingHere dispensations saved here and not yet acknowledged by the service
 */
public record CounterPrescription(EPrescription prescription, UUID patientId, PatientCheck check,
                                  Optional<TraitsComparison> comparison, Map<Integer, BigDecimal> remaining,
                                  List<LocalDispensation> pendingHere) {

    public CounterPrescription {
        remaining = Map.copyOf(remaining);
        pendingHere = List.copyOf(pendingHere);
    }

    public BigDecimal remaining(int lineNumber) {
        return remaining.getOrDefault(lineNumber, BigDecimal.ZERO);
    }
}
