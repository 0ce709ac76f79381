package fr.galien.app.ui.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Time since the last key or mouse event on the window. Pure (a clock, no JavaFX) so the lock delay is tested with
 * a manual clock instead of waiting minutes.
 */
public final class IdleTimer {

    private final Clock clock;
    private final Duration delay;
    private final Duration logoutDelay;
    private Instant lastActivity;

    /** @param delay idle time before locking; zero or negative disables the automatic lock */
    public IdleTimer(Clock clock, Duration delay) {
        this(clock, delay, Duration.ZERO);
    }

    /**
     * @param delay       idle time before locking; zero or negative disables the automatic lock
     * @param logoutDelay idle time before the forced logout (SSI/IE.39), counted like the lock from the last
     *                    activity; zero or negative: never
     */
    public IdleTimer(Clock clock, Duration delay, Duration logoutDelay) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.logoutDelay = Objects.requireNonNull(logoutDelay, "logoutDelay");
        this.lastActivity = clock.instant();
    }

    /** A key was typed or the mouse moved. */
    public void activity() {
        lastActivity = clock.instant();
    }

    public boolean enabled() {
        return !delay.isZero() && !delay.isNegative();
    }

    /** True once nothing happened for the whole delay. */
    public boolean idle() {
        return enabled() && !clock.instant().isBefore(lastActivity.plus(delay));
    }

    /** True once nothing happened for the whole logout delay (when there is one). */
    public boolean logoutDue() {
        return logoutDueSince(lastActivity);
    }

    /** True once the logout delay (when there is one) has passed since {@code activity}. */
    public boolean logoutDueSince(Instant activity) {
        return !logoutDelay.isZero() && !logoutDelay.isNegative()
                && !clock.instant().isBefore(activity.plus(logoutDelay));
    }

    /** When the last activity happened. */
    public Instant lastActivity() {
        return lastActivity;
    }

    public Duration logoutDelay() {
        return logoutDelay;
    }

    public Duration delay() {
        return delay;
    }
}
