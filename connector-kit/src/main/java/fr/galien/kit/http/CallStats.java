package fr.galien.kit.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Figures of one service's calls since start, for the Services view: how many, how many failed, how long the last
 * one took, the last error code. A failure is a call that got no usable exchange (a transport failure, a refusal
 * before sending such as a missing PSC token) or an HTTP 5xx; a 4xx is the service answering, not failing. Codes
 * only, never data. Thread-safe.
 */
public final class CallStats {

    /**
     * @param lastErrorCode the most recent failure's code ({@code KIT-0006}, {@code HTTP 503}…), kept after later
     *                      successes so the Services view can show what went wrong last
     */
    public record Snapshot(long calls, long failures, Optional<Duration> lastDuration, boolean lastCallFailed,
                           Optional<String> lastErrorCode, Optional<Instant> lastCallAt) {
    }

    private final Clock clock;
    private Snapshot current = new Snapshot(0, 0, Optional.empty(), false, Optional.empty(), Optional.empty());

    CallStats(Clock clock) {
        this.clock = clock;
    }

    synchronized void succeeded(Duration took) {
        current = new Snapshot(current.calls() + 1, current.failures(), Optional.of(took), false,
                current.lastErrorCode(), Optional.of(clock.instant()));
    }

    synchronized void failed(Duration took, String errorCode) {
        current = new Snapshot(current.calls() + 1, current.failures() + 1, Optional.of(took), true,
                Optional.of(errorCode), Optional.of(clock.instant()));
    }

    public synchronized Snapshot snapshot() {
        return current;
    }
}
