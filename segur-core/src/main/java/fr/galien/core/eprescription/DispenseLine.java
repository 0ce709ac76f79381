package fr.galien.core.eprescription;

import fr.galien.core.port.EPrescriptionPort.NotDispensedReason;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the pharmacist gives for one line.
 *
 * @param quantity        0 with a {@code reason} when nothing is given
 * @param substituteCip13 the generic given instead (CIP13), or null
 * @param substituteLabel its label, or null (taken from the catalogue when there is one)
 * @param reason          why nothing is given, or null
 */
public record DispenseLine(int lineNumber, BigDecimal quantity, String substituteCip13, String substituteLabel,
                           NotDispensedReason reason) {

    public DispenseLine {
        Objects.requireNonNull(quantity, "quantity");
    }

    public static DispenseLine of(int lineNumber, BigDecimal quantity) {
        return new DispenseLine(lineNumber, quantity, null, null, null);
    }
}
