package fr.galien.app.ui.login;

import java.time.Duration;

/**
 * Settings of this workstation the session screens read. The composition root reads {@code ui.lockMinutes}
 * (per workstation first: {@code ui.lockMinutes.<workstation>}, then practice-wide), default 5 minutes at a counter,
 * and {@code session.logoutMinutes} for the forced logout, default 60 minutes.
 */
@FunctionalInterface
public interface WorkstationSettings {

    Duration DEFAULT_LOCK_DELAY = Duration.ofMinutes(5);

    WorkstationSettings DEFAULTS = () -> DEFAULT_LOCK_DELAY;

    /** Idle time before the screen locks; zero disables the automatic lock (the manual one stays). */
    Duration lockDelay();

    /** Default idle time before the forced logout (SSI/IE.39). */
    Duration DEFAULT_LOGOUT_DELAY = Duration.ofMinutes(60);

    /**
     * Idle time before the forced logout that ends the session (and the PSC session at the provider), locked or
     * not: practice setting {@code session.logoutMinutes} (« galien settings set »); zero: never.
     */
    default Duration logoutDelay() {
        return DEFAULT_LOGOUT_DELAY;
    }
}
