package fr.galien.psc;

import java.time.Clock;
import java.time.Instant;

/**
 * The last thing we learnt about the provider, recorded by every HTTP exchange, so {@code health()} answers at once
 * without calling out (SegurService contract).
 */
final class ProviderStatus {

    enum Reachability { NOT_CONTACTED, REACHABLE, UNREACHABLE }

    record Snapshot(Reachability reachability, String detail, Instant at) {
    }

    private final Clock clock;
    private volatile Snapshot last;

    ProviderStatus(Clock clock) {
        this.clock = clock;
        this.last = new Snapshot(Reachability.NOT_CONTACTED, "", clock.instant());
    }

    void reachable() {
        last = new Snapshot(Reachability.REACHABLE, "", clock.instant());
    }

    void unreachable(String detail) {
        last = new Snapshot(Reachability.UNREACHABLE, detail, clock.instant());
    }

    Snapshot last() {
        return last;
    }
}
