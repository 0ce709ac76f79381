package fr.galien.core.eprescription;

import java.util.Optional;

/** Why a prescription is paper only (counted apart from e-prescriptions, issue 11 §4). */
public enum PaperReason {
    /** The patient's identity is not qualified: no INS may go out. */
    IDENTITE_NON_QUALIFIEE("identite-non-qualifiee", "identité non qualifiée"),
    /** The prescriber chose paper (patient's wish, service unreachable at the time). */
    CHOIX_PRESCRIPTEUR("choix-prescripteur", "choix du prescripteur");

    private final String db;
    private final String label;

    PaperReason(String db, String label) {
        this.db = db;
        this.label = label;
    }

    public String db() {
        return db;
    }

    public String label() {
        return label;
    }

    public static Optional<PaperReason> fromDb(String value) {
        for (PaperReason reason : values()) {
            if (reason.db.equals(value)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
