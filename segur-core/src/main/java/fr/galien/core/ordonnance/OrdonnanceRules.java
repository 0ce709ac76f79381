package fr.galien.core.ordonnance;

import fr.galien.core.error.SegurException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The checks a prescription form runs before building an {@link Ordonnance}, as coded French errors. */
public final class OrdonnanceRules {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Z]{18}");

    private OrdonnanceRules() {
    }

    /** @throws SegurException {@code ORD-0001} when there is no line */
    public static void requireLines(List<?> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new SegurException(OrdonnanceError.ORD_0001);
        }
    }

    /**
     * Checks one line as typed ({@code number} from 1).
     *
     * @param dose  the structured dose, or null for a free-text posology
     * @param times the intakes per period (structured only)
     * @throws SegurException {@code ORD-0002} no medicine, {@code ORD-0003} renewals out of range, {@code ORD-0004}
     *                        non-positive dose or frequency
     */
    public static void checkLine(int number, String drugLabel, int renewals, BigDecimal dose, int times) {
        if (drugLabel == null || drugLabel.isBlank()) {
            throw new SegurException(OrdonnanceError.ORD_0002, number);
        }
        if (renewals < 0 || renewals > OrdonnanceLine.MAX_RENEWALS) {
            throw new SegurException(OrdonnanceError.ORD_0003, number, renewals);
        }
        if (dose != null && (dose.signum() <= 0 || times < 1)) {
            throw new SegurException(OrdonnanceError.ORD_0004, number);
        }
    }

    /** @throws SegurException {@code ORD-0005} when {@code identifier} is not an e-prescription identifier */
    public static String requireIdentifier(String identifier) {
        String value = identifier == null ? "" : identifier.strip();
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new SegurException(OrdonnanceError.ORD_0005, value);
        }
        return value;
    }
}
