package fr.galien.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Delay before the next attempt: {@code initial × 2^(attempts − 1)}, capped at {@code max}, minus up to
 * {@code jitter} of itself at random so workstations that failed together do not retry together.
 *
 * @param jitter fraction in [0, 1] of the delay that may be removed at random; 0 makes delays exact (tests)
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    /** 5 s, 10 s, 20 s … capped at 15 min, with 20 % jitter. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), 0.2);

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1]");
        }
    }

    /**
     * @param attempts attempts made so far, at least 1
     * @param random   a number in [0, 1) drawn by the caller
     */
    public Duration delayAfter(int attempts, double random) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Duration delay = max;
        int doublings = attempts - 1;
        // 2^doublings overflows long nanos long before 63; beyond the cap the answer is max anyway.
        if (doublings < 40) {
            Duration uncapped = initial.multipliedBy(1L << doublings);
            if (uncapped.compareTo(max) < 0) {
                delay = uncapped;
            }
        }
        long nanos = delay.toNanos();
        long removed = (long) (nanos * jitter * random);
        return Duration.ofNanos(nanos - removed);
    }
}
