package fr.galien.core.ordonnance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a human ordonnance.
 *
 * @param place the city for « Fait à …, le … », may be null
 */
public record Ordonnance(PracticeHeader practice, Prescriber prescriber, OrdonnancePatient patient, LocalDate date,
                         String place, List<OrdonnanceLine> lines, OrdonnanceDelivery delivery) {

    public Ordonnance {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(delivery, "delivery");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an ordonnance has at least one line");
        }
        if (delivery instanceof OrdonnanceDelivery.Electronic && !patient.qualified()) {
            // Only a qualified identity goes to the e-prescription service (InsExchange).
            throw new IllegalArgumentException("a registered e-prescription needs a qualified identity");
        }
    }

    /** True when some line relates to the ALD: the bizone layout is used. */
    public boolean bizone() {
        return lines.stream().anyMatch(OrdonnanceLine::ald);
    }
}
