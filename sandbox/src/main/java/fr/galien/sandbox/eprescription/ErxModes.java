package fr.galien.sandbox.eprescription;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulator's switchable behaviour, from tests ({@link EPrescriptionSimulator#modes()}) or from outside
 * ({@code POST /eprescription/_control}). Thread-safe: request threads read it while a test flips it.
 */
public final class ErxModes {

    /** Delay of the « lent » mode unless another is set. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(3);

    private ErxMode mode = ErxMode.NORMAL;
    private Duration delay = DEFAULT_DELAY;
    private boolean checkToken = true;

    public synchronized void reset() {
        mode = ErxMode.NORMAL;
        delay = DEFAULT_DELAY;
        checkToken = true;
    }

    public synchronized ErxMode mode() {
        return mode;
    }

    public synchronized void setMode(ErxMode value) {
        mode = Objects.requireNonNull(value, "mode");
    }

    public synchronized Duration delay() {
        return delay;
    }

    public synchronized void setDelay(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + value);
        }
        delay = value;
    }

    /** Whether a Pro Santé Connect token is required (on by default, as the real service). */
    public synchronized boolean checkToken() {
        return checkToken;
    }

    public synchronized void setCheckToken(boolean on) {
        checkToken = on;
    }
}
