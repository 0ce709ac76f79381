package fr.galien.sandbox.apcv;

import java.util.Optional;

/** How the simulated ApCV service behaves ({@code POST /apcv/_control {"mode": …}}). */
public enum ApCvMode {
    NORMAL("normal"),
    /** Each call to the readings waits the « lent » delay. */
    LENT("lent"),
    /** The readings answer 503 SERVICE_INDISPONIBLE; the card reader, a local device, keeps working. */
    PANNE("panne");

    private final String wire;

    ApCvMode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ApCvMode> fromWire(String value) {
        for (ApCvMode mode : values()) {
            if (mode.wire.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
