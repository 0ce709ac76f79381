package fr.galien.sandbox.eprescription;

import java.util.Optional;

/** How the simulated service behaves ({@code POST /eprescription/_control {"mode": …}}). */
public enum ErxMode {
    /** Answers at once. */
    NORMAL("normal"),
    /** Answers after the configured delay (a client's timeout can be tried). */
    LENT("lent"),
    /** Outage: HTTP 503 with an OperationOutcome and a Retry-After, nothing recorded. */
    PANNE("panne"),
    /** The service fails on its side: HTTP 500 with an OperationOutcome, nothing recorded. */
    ERREUR("erreur");

    private final String wire;

    ErxMode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ErxMode> fromWire(String value) {
        for (ErxMode mode : values()) {
            if (mode.wire.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
