package fr.galien.app.ui.login;

import java.time.Duration;

/**
 * Settings of this workstation the session screens read. The composition root reads {@code ui.lockMinutes}
 * (per workstation first: {@code ui.lockMinutes.<workstation>}, then practice-wide), default 5 minutes at a counter.
 */
@FunctionalInterface
public interface WorkstationSettings {

    Duration DEFAULT_LOCK_DELAY = Duration.ofMinutes(5);

    WorkstationSettings DEFAULTS = () -> DEFAULT_LOCK_DELAY;

    /** Idle time before the screen locks; zero disables the automatic lock (the manual one stays). */
    Duration lockDelay();
}
