package fr.galien.core.ordonnance;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How to take a medicine, either structured (dose × times per period) or as the prescriber's free text, rendered in
 * plain French for the printed ordonnance: {@code "1 comprimé 3 fois par jour"}, {@code "1/2 comprimé le soir"}.
 *
 * @param dose     the amount per intake (0.25, 0.5, 1, 2…), null for free text
 * @param unit     the intake unit in the singular (« comprimé », « gélule », « sachet », « goutte », « mL »)
 * @param times    intakes per period, ≥ 1 (structured only)
 * @param period   the period of {@code times} (structured only)
 * @param moment   an optional precision (« le soir », « au cours des repas »), may be null
 * @param freeText the prescriber's own words, when not structured
 */
public record Posology(BigDecimal dose, String unit, int times, Period period, String moment, String freeText) {

    /** The period the number of intakes refers to. */
    public enum Period {
        JOUR("par jour"), SEMAINE("par semaine"), MOIS("par mois");

        private final String french;

        Period(String french) {
            this.french = french;
        }

        public String french() {
            return french;
        }
    }

    public Posology {
        if (freeText == null) {
            Objects.requireNonNull(dose, "dose");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(period, "period");
            if (dose.signum() <= 0 || times < 1) {
                throw new IllegalArgumentException("dose and times must be positive");
            }
        }
    }

    public static Posology structured(BigDecimal dose, String unit, int times, Period period, String moment) {
        return new Posology(dose, unit, times, period, moment, null);
    }

    public static Posology free(String text) {
        return new Posology(null, null, 0, null, null, Objects.requireNonNull(text, "text").strip());
    }

    public boolean isStructured() {
        return freeText == null;
    }

    /** The posology in plain French. */
    public String toFrench() {
        if (!isStructured()) {
            return freeText;
        }
        StringBuilder text = new StringBuilder();
        text.append(quantity(dose)).append(' ').append(plural(unit, dose.compareTo(BigDecimal.ONE) > 0));
        if (times == 1 && moment != null && !moment.isBlank()) {
            text.append(' ').append(moment.strip());
        } else {
            text.append(' ').append(times).append(times == 1 ? " fois " : " fois ").append(period.french());
            if (moment != null && !moment.isBlank()) {
                text.append(", ").append(moment.strip());
            }
        }
        return text.toString();
    }

    /** 0.5 → « 1/2 », 0.25 → « 1/4 », 0.75 → « 3/4 », 1.5 → « 1 et 1/2 », otherwise the decimal with a comma. */
    static String quantity(BigDecimal value) {
        BigDecimal whole = new BigDecimal(value.toBigInteger());
        BigDecimal fraction = value.subtract(whole).stripTrailingZeros();
        String fractionText = null;
        if (fraction.compareTo(new BigDecimal("0.5")) == 0) {
            fractionText = "1/2";
        } else if (fraction.compareTo(new BigDecimal("0.25")) == 0) {
            fractionText = "1/4";
        } else if (fraction.compareTo(new BigDecimal("0.75")) == 0) {
            fractionText = "3/4";
        }
        if (fraction.signum() == 0) {
            return whole.toPlainString();
        }
        if (fractionText != null) {
            return whole.signum() == 0 ? fractionText : whole.toPlainString() + " et " + fractionText;
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** French plural of a unit noun: « comprimé » → « comprimés »; words ending in s, x, z and symbols stay. */
    static String plural(String unit, boolean many) {
        String u = unit.strip();
        if (!many || u.isEmpty()) {
            return u;
        }
        String lower = u.toLowerCase(Locale.FRENCH);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.equals("ml")
                || lower.equals("mg") || lower.equals("g") || lower.equals("ui") || !Character.isLetter(
                u.charAt(u.length() - 1)) || u.contains(" ")) {
            if (u.contains(" ")) {
                // « cuillère à café » → « cuillères à café »: the first word takes the mark.
                int space = u.indexOf(' ');
                return plural(u.substring(0, space), true) + u.substring(space);
            }
            return u;
        }
        if (lower.endsWith("eau") || lower.endsWith("au")) {
            return u + "x";
        }
        return u + "s";
    }
}
