package fr.galien.sandbox.dmp;

import java.time.Duration;
import java.util.Objects;

/** The simulator's switchable behaviour. Thread-safe: request threads read it while a test flips it. */
public final class DmpModes {

    /** The « latence » mode's delay (issue 12). */
    public static final Duration LATENCY = Duration.ofSeconds(3);
    /** The « lent » mode's delay unless another is set: beyond the client's default 15 s timeout. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(20);

    private DmpMode mode = DmpMode.NORMAL;
    private Duration delay = DEFAULT_DELAY;

    public synchronized DmpMode mode() {
        return mode;
    }

    public synchronized void setMode(DmpMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public synchronized Duration delay() {
        return delay;
    }

    public synchronized void setDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + delay);
        }
        this.delay = delay;
    }

    public synchronized void reset() {
        mode = DmpMode.NORMAL;
        delay = DEFAULT_DELAY;
    }

    /** How long a request waits before being served in the current mode. */
    synchronized Duration wait(DmpMode current) {
        return switch (current) {
            case LENT -> delay;
            case LATENCE -> LATENCY;
            default -> Duration.ZERO;
        };
    }
}
