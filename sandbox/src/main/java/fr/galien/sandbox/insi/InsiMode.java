package fr.galien.sandbox.insi;

import java.util.Optional;

/** How the simulated service behaves ({@code POST /insi/_control {"mode": …}}). */
public enum InsiMode {
    /** Answers at once. */
    NORMAL("normal"),
    /** Answers after the configured delay (a client's timeout can be tried). */
    LENT("lent"),
    /**
     * Outage: HTTP 503 with the SOAP fault the real front answers when the service behind it is down
     * (siram_40 / insi_102, specs §2.1), and a Retry-After.
     */
    PANNE("panne");

    private final String wire;

    InsiMode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<InsiMode> fromWire(String value) {
        for (InsiMode mode : values()) {
            if (mode.wire.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
