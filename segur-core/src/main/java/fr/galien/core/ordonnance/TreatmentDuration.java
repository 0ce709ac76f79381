package fr.galien.core.ordonnance;

import java.util.Objects;

/** How long a treatment lasts: « pendant 5 jours », « pendant 3 mois ». */
public record TreatmentDuration(int value, Unit unit) {

    public enum Unit {
        JOURS("jour", "jours"), SEMAINES("semaine", "semaines"), MOIS("mois", "mois");

        private final String singular;
        private final String plural;

        Unit(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        public String french(int count) {
            return count > 1 ? plural : singular;
        }
    }

    public TreatmentDuration {
        Objects.requireNonNull(unit, "unit");
        if (value < 1) {
            throw new IllegalArgumentException("duration must be at least 1");
        }
    }

    public static TreatmentDuration days(int days) {
        return new TreatmentDuration(days, Unit.JOURS);
    }

    public String toFrench() {
        return "pendant " + value + " " + unit.french(value);
    }
}
