package fr.galien.psc;

import java.time.Duration;

/** Waits between CIBA polls; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /** @throws InterruptedException when the login is cancelled (the caller's thread was interrupted) */
    void sleep(Duration duration) throws InterruptedException;
}
