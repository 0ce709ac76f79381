package fr.galien.sandbox.apcv;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The ApCV simulator's switchable behaviour, from tests ({@link ApCvSimulator#modes()}) or from outside
 * ({@code POST /apcv/_control}). Thread-safe.
 */
public final class ApCvModes {

    public static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(3);

    private final Duration defaultApprovalDelay;
    private ApCvMode mode = ApCvMode.NORMAL;
    private Duration slowDelay = DEFAULT_SLOW_DELAY;
    private Duration approvalDelay;
    private ApCvTestCode card = ApCvTestCodes.ADRUN_ZOE;
    private boolean refuseAll;

    ApCvModes(Duration defaultApprovalDelay) {
        this.defaultApprovalDelay = defaultApprovalDelay;
        this.approvalDelay = defaultApprovalDelay;
    }

    /** Normal service, default delays, ADRUN ZOE's card in the reader, patients approving. */
    public synchronized void reset() {
        mode = ApCvMode.NORMAL;
        slowDelay = DEFAULT_SLOW_DELAY;
        approvalDelay = defaultApprovalDelay;
        card = ApCvTestCodes.ADRUN_ZOE;
        refuseAll = false;
    }

    public synchronized ApCvMode mode() {
        return mode;
    }

    public synchronized void setMode(ApCvMode value) {
        mode = Objects.requireNonNull(value, "mode");
    }

    public synchronized Duration slowDelay() {
        return slowDelay;
    }

    public synchronized void setSlowDelay(Duration delay) {
        slowDelay = nonNegative(delay);
    }

    /** How long the patient takes to answer, read when a reading starts. */
    public synchronized Duration approvalDelay() {
        return approvalDelay;
    }

    public synchronized void setApprovalDelay(Duration delay) {
        approvalDelay = nonNegative(delay);
    }

    /** The card in the simulated reader, if any. */
    public synchronized Optional<ApCvTestCode> card() {
        return Optional.ofNullable(card);
    }

    /** Inserts this card ({@code null}: the reader is empty). */
    public synchronized void insertCard(ApCvTestCode code) {
        card = code;
    }

    /** Every patient refuses, whatever their code says (readings started from now on). */
    public synchronized boolean refuseAll() {
        return refuseAll;
    }

    public synchronized void setRefuseAll(boolean on) {
        refuseAll = on;
    }

    private static Duration nonNegative(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + delay);
        }
        return delay;
    }
}
