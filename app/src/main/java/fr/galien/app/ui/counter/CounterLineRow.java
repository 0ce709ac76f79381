package fr.galien.app.ui.counter;

import fr.galien.app.ui.prescription.DrugChoice;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the fetched prescription at the counter: what was prescribed, what remains, and what the pharmacist
 * gives now (quantity, substitute box).
 */
public final class CounterLineRow {

    private final PrescribedLine line;
    private final BigDecimal remaining;
    private final List<DrugChoice> substitutes;
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "0");
    private final ObjectProperty<DrugChoice> substitute = new SimpleObjectProperty<>(this, "substitute");
    private final StringProperty scanned = new SimpleStringProperty(this, "scanned", "");

    public CounterLineRow(PrescribedLine line, BigDecimal remaining, List<DrugChoice> substitutes) {
        this.line = line;
        this.remaining = remaining;
        this.substitutes = List.copyOf(substitutes);
        // The usual case is one dispensation's quantity: prefilled, the pharmacist only confirms.
        quantity.set(remaining.min(line.quantity()).max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
    }

    public PrescribedLine line() {
        return line;
    }

    public int number() {
        return line.number();
    }

    public String label() {
        return line.product().label().isBlank() ? line.product().code() : line.product().label();
    }

    public String posology() {
        String text = line.posology().text();
        return line.durationDays() == null ? text : text + " — " + line.durationDays() + " j";
    }

    public String prescribedText() {
        String renewals = line.renewals() > 0 ? " (+" + line.renewals() + " renouv.)" : "";
        return line.quantity().stripTrailingZeros().toPlainString() + " " + line.quantityUnit() + renewals;
    }

    public BigDecimal remaining() {
        return remaining;
    }

    public String remainingText() {
        return remaining.stripTrailingZeros().toPlainString();
    }

    public boolean substitutable() {
        return !line.nonSubstitutable();
    }

    public List<DrugChoice> substitutes() {
        return substitutes;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<DrugChoice> substituteProperty() {
        return substitute;
    }

    /** What the last box scan did on this line (« boîte lue », « lot 123 »). */
    public StringProperty scannedProperty() {
        return scanned;
    }
}
