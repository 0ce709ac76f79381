package fr.galien.core.cda;

import java.util.List;
import java.util.Objects;

/**
 * The pharmacist's dispensation (eDISP-MED): what was handed over, line by line.
 *
 * @param prescriptionId the unique id of the prescription document dispensed, null when unknown
 */
public record DispensationContent(String prescriptionId, List<Line> lines) {

    public DispensationContent {
        lines = List.copyOf(lines);
    }

    /**
     * One dispensed presentation.
     *
     * @param cip13        the presentation's CIP 13 code
     * @param boxes        number of boxes handed over
     * @param posology     the dosage instructions as written, may be empty
     * @param substituted  true when a generic replaced the prescribed speciality
     * @param lot          batch number, may be null
     */
    public record Line(String cip13, String label, int boxes, String posology, boolean substituted, String lot) {
        public Line {
            Objects.requireNonNull(cip13, "cip13");
            Objects.requireNonNull(label, "label");
            posology = posology == null ? "" : posology;
        }
    }
}
