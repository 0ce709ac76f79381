package fr.galien.core.drug;

import java.util.Optional;

/** A medicine's role in its generic group (BDPM CIS_GENER, column "type de générique"). */
public enum GenericType {
    PRINCEPS(0, "princeps"),
    GENERIQUE(1, "générique"),
    /** "Générique par complémentarité posologique". */
    COMPLEMENTARITE_POSOLOGIQUE(2, "générique par complémentarité posologique"),
    /** "Générique substituable". */
    SUBSTITUABLE(4, "générique substituable");

    private final int bdpmCode;
    private final String label;

    GenericType(int bdpmCode, String label) {
        this.bdpmCode = bdpmCode;
        this.label = label;
    }

    public int bdpmCode() {
        return bdpmCode;
    }

    /** French label. */
    public String label() {
        return label;
    }

    public static Optional<GenericType> fromBdpmCode(int code) {
        for (GenericType type : values()) {
            if (type.bdpmCode == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
