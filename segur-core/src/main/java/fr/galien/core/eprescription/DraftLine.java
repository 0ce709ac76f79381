package fr.galien.core.eprescription;

import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.Product;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line as the prescriber typed it (numbered by {@link EPrescriptions} in the order given).
 *
 * @param quantity     what one dispensation may give (boxes by default)
 * @param durationDays the treatment duration, or null
 * @param renewals     0 to 12
 */
public record DraftLine(Product product, Posology posology, BigDecimal quantity, String quantityUnit,
                        Integer durationDays, int renewals, boolean nonSubstitutable, boolean ald) {

    public DraftLine {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(posology, "posology");
        Objects.requireNonNull(quantity, "quantity");
    }
}
