package fr.galien.core.domain;

import java.util.Optional;

/** Administrative sex as the INS traits carry it (INSi {@code Sexe}: M, F, I). */
public enum Sex {
    F("Féminin"),
    M("Masculin"),
    I("Indéterminé");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code (M, F, I) in any case; empty for anything else so callers report it. */
    public static Optional<Sex> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Sex sex : values()) {
            if (sex.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }
}
