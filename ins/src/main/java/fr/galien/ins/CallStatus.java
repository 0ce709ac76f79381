package fr.galien.ins;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outcome of a client's last call, kept so {@code health()} can answer without calling out (SegurService
 * contract). Details are short French phrases or error codes, never patient data.
 */
final class CallStatus {

    enum Outcome {
        /** No call yet since start. */
        NONE,
        /** The service answered as specified (any CodeCR, any ApCV status). */
        OK,
        /** Unreachable, too slow, or it said it is failing: retry later. */
        UNAVAILABLE,
        /** The service refused the request (configuration: IDAM, certificate…). */
        REFUSED,
        /** The answer could not be used (malformed, hostile, inconsistent). */
        UNREADABLE
    }

    record Snapshot(Outcome outcome, String detail, Instant at) {
    }

    private final Clock clock;
    private final AtomicReference<Snapshot> last;

    CallStatus(Clock clock) {
        this.clock = clock;
        this.last = new AtomicReference<>(new Snapshot(Outcome.NONE, "", clock.instant()));
    }

    void record(Outcome outcome, String detail) {
        last.set(new Snapshot(outcome, detail, clock.instant()));
    }

    Snapshot last() {
        return last.get();
    }
}
