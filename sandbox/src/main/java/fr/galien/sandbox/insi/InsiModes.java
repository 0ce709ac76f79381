package fr.galien.sandbox.insi;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The simulator's switchable behaviour, from tests (this object, {@link InsiSimulator#modes()}) or from outside
 * ({@code POST /insi/_control}). Thread-safe: request threads read it while a test flips it.
 */
public final class InsiModes {

    /** Delay of the « lent » mode unless another is set: longer than a counter would wait without feedback. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(3);
    /** An IDAM every instance refuses (desir_550), so clients can try the fault without driving the simulator. */
    public static final String UNKNOWN_IDAM = "IDAM-INCONNU";

    private InsiMode mode = InsiMode.NORMAL;
    private Duration delay = DEFAULT_DELAY;
    private boolean testOid;
    private final Set<String> unknownIdams = new TreeSet<>(Set.of(UNKNOWN_IDAM));

    /** Back to a healthy service: normal mode, default delay, production OID, the default unknown IDAM only. */
    public synchronized void reset() {
        mode = InsiMode.NORMAL;
        delay = DEFAULT_DELAY;
        testOid = false;
        unknownIdams.clear();
        unknownIdams.add(UNKNOWN_IDAM);
    }

    public synchronized InsiMode mode() {
        return mode;
    }

    public synchronized void setMode(InsiMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** How long each request waits in the « lent » mode. */
    public synchronized Duration delay() {
        return delay;
    }

    public synchronized void setDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + delay);
        }
        this.delay = delay;
    }

    /**
     * NIR answers carry the test OID 1.2.250.1.213.1.4.10 instead of .4.8 (specs §2.3: INSi qualification answers
     * .8; documents made on test platforms use .10). NIA answers keep .4.9.
     */
    public synchronized boolean testOid() {
        return testOid;
    }

    public synchronized void setTestOid(boolean on) {
        testOid = on;
    }

    /** Software authorisation numbers (ContexteLPS/LPS/IDAM) answered with the desir_550 fault. */
    public synchronized Set<String> unknownIdams() {
        return Set.copyOf(unknownIdams);
    }

    public synchronized void setUnknownIdams(Set<String> idams) {
        unknownIdams.clear();
        unknownIdams.addAll(idams);
    }
}
