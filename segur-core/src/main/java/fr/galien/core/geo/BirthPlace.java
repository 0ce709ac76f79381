package fr.galien.core.geo;

import java.util.Objects;

/**
 * A birth place of the INS traits, as the official geographic code (COG, INSEE) gives it: a commune (its 5-character
 * code, {@code 35238}, {@code 2A004}), an old commune now part of another (commune déléguée or associée, found by its
 * old name, with its own code), a municipal arrondissement of Paris, Lyon or Marseille, or a country or territory for a
 * birth abroad ({@code 99} + the country code, {@code 99134} Espagne).
 *
 * @param code       the COG code the INS traits carry
 * @param name       the name as written by the INSEE (« Saint-Malo », « L'Abergement-Clémenciat », « Espagne »)
 * @param department the department number for a place in France ({@code 35}, {@code 2A}, {@code 971}); empty abroad
 * @param parentName for an old commune or an arrondissement, the commune it belongs to today; empty otherwise
 */
public record BirthPlace(Kind kind, String code, String name, String department, String parentName) {

    /** What kind of place the code names. */
    public enum Kind {
        /** A commune in force. */
        COMMUNE,
        /** An old commune merged into a commune nouvelle (commune déléguée) or associated with another one. */
        OLD_COMMUNE,
        /** A municipal arrondissement of Paris, Lyon or Marseille. */
        ARRONDISSEMENT,
        /** A country or territory, for a birth abroad. */
        COUNTRY,
        /** A former country (a state that no longer exists). */
        FORMER_COUNTRY
    }

    public BirthPlace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        department = department == null ? "" : department;
        parentName = parentName == null ? "" : parentName;
    }

    public boolean abroad() {
        return kind == Kind.COUNTRY || kind == Kind.FORMER_COUNTRY;
    }

    /**
     * How a list shows it, in plain French: « Rennes (35) », « Arbignieu (01), ancienne commune, aujourd'hui
     * Arboys en Bugey », « Espagne (né à l'étranger) ».
     */
    public String label() {
        return switch (kind) {
            case COMMUNE -> name + " (" + department + ")";
            case OLD_COMMUNE -> name + " (" + department + "), ancienne commune"
                    + (parentName.isEmpty() ? "" : ", aujourd'hui " + parentName);
            case ARRONDISSEMENT -> name + " (" + department + ")";
            case COUNTRY -> name + " (étranger)";
            case FORMER_COUNTRY -> name + " (ancien pays)";
        };
    }
}
