package fr.galien.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delays after wrong passwords (issue 3 §3): the first {@value #FREE_ATTEMPTS} consecutive failures cost nothing;
 * the {@value #FREE_ATTEMPTS}th locks the account 1 minute, the next one (after the lock ends) 5 minutes, then 15
 * minutes each time, until a successful login or a password reset clears the count. Growing delays stop online
 * guessing (about 100 guesses a day at 15 min) without letting anyone lock a colleague out for good.
 */
public final class LockoutPolicy {

    public static final int FREE_ATTEMPTS = 5;
    private static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15));

    private LockoutPolicy() {
    }

    /** The end of the lock caused by reaching {@code failedAttempts} consecutive failures at {@code now}, if any. */
    public static Optional<Instant> lockAfter(int failedAttempts, Instant now) {
        if (failedAttempts < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        int step = Math.min(failedAttempts - FREE_ATTEMPTS, DELAYS.size() - 1);
        return Optional.of(now.plus(DELAYS.get(step)));
    }
}
