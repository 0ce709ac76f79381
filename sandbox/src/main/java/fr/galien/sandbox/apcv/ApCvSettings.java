package fr.galien.sandbox.apcv;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Fixed settings of an ApCV simulator instance (the switchable ones are {@link ApCvModes}).
 *
 * @param approvalDelay   how long the patient takes to answer on the phone, unless changed in {@link ApCvModes}
 * @param readingLifetime how long a reading waits for the patient before it is EXPIREE
 * @param pollEvery       {@code interrogerDansMs} told to the client
 * @param clock           pass a movable clock to exercise delays without sleeping
 */
public record ApCvSettings(Duration approvalDelay, Duration readingLifetime, Duration pollEvery, Clock clock) {

    public ApCvSettings {
        Objects.requireNonNull(clock, "clock");
        if (approvalDelay.isNegative() || readingLifetime.isNegative() || pollEvery.isNegative()) {
            throw new IllegalArgumentException("durations must be zero or positive");
        }
    }

    /** 2 s for the patient to answer, 2 min before a reading expires, poll every 500 ms. */
    public static ApCvSettings defaults() {
        return new ApCvSettings(Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofMillis(500),
                Clock.systemUTC());
    }

    public ApCvSettings withClock(Clock other) {
        return new ApCvSettings(approvalDelay, readingLifetime, pollEvery, other);
    }
}
