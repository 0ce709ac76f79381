package fr.galien.sandbox.dmp;

import java.util.Optional;

/** How the simulated DMP behaves. */
public enum DmpMode {
    /** Answers at once. */
    NORMAL("normal"),
    /** Answers after the configured delay (20 s by default: beyond a client's timeout). */
    LENT("lent"),
    /** Every answer takes 3 seconds (issue 12: the patient file must stay usable meanwhile). */
    LATENCE("latence"),
    /** Outage: HTTP 503 with an OperationOutcome, nothing processed. */
    PANNE("panne"),
    /** HTTP 500 with an OperationOutcome, nothing processed. */
    ERREUR("erreur");

    private final String wire;

    DmpMode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<DmpMode> fromWire(String value) {
        for (DmpMode mode : values()) {
            if (mode.wire.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
