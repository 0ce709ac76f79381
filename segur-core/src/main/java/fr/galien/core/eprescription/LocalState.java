package fr.galien.core.eprescription;

import java.util.Optional;

/** Where a prescription or dispensation made here stands (column {@code state}, V13; labels for the screens). */
public enum LocalState {
    A_ENVOYER("a_envoyer", "à envoyer"),
    ENVOYEE("envoyee", "envoyée"),
    REFUSEE("refusee", "refusée"),
    ANNULEE("annulee", "annulée"),
    PAPIER("papier", "ordonnance papier");

    private final String db;
    private final String label;

    LocalState(String db, String label) {
        this.db = db;
        this.label = label;
    }

    /** Stored and in JSON: unaccented. */
    public String db() {
        return db;
    }

    /** French, for the screens. */
    public String label() {
        return label;
    }

    public static Optional<LocalState> fromDb(String value) {
        for (LocalState state : values()) {
            if (state.db.equals(value)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
