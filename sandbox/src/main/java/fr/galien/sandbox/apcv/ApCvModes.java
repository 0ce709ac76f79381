package fr.galien.sandbox.apcv;

import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.StateStore;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The ApCV simulator's switchable behaviour, from tests ({@link ApCvSimulator#modes()}) or from outside
 * ({@code POST /apcv/_control}). Thread-safe. The card in the simulated reader is state, not a mode: it is kept in
 * the simulator's state ({@code reader.json}), so a card inserted through one process is in the reader of every
 * process sharing the sandbox state; the modes belong to each process.
 */
public final class ApCvModes {

    public static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(3);

    private final Duration defaultApprovalDelay;
    private ApCvMode mode = ApCvMode.NORMAL;
    private Duration slowDelay = DEFAULT_SLOW_DELAY;
    private Duration approvalDelay;
    private volatile StateStore<Reader> reader = SimulatorState.inMemory().store("reader", Reader.class,
            Reader::withDefaultCard);
    private boolean refuseAll;

    /** The stored reader: the token of the inserted card, null when empty. */
    record Reader(String card) {

        static Reader withDefaultCard() {
            return new Reader(ApCvTestCodes.ADRUN_ZOE.token());
        }
    }

    ApCvModes(Duration defaultApprovalDelay) {
        this.defaultApprovalDelay = defaultApprovalDelay;
        this.approvalDelay = defaultApprovalDelay;
    }

    /** Before start: keep the reader in {@code state}. */
    void use(SimulatorState state) {
        reader = state.store("reader", Reader.class, Reader::withDefaultCard);
    }

    /** Normal service, default delays, ADRUN ZOE's card in the reader, patients approving. */
    public synchronized void reset() {
        mode = ApCvMode.NORMAL;
        slowDelay = DEFAULT_SLOW_DELAY;
        approvalDelay = defaultApprovalDelay;
        insertCard(ApCvTestCodes.ADRUN_ZOE);
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

    /** The card in the simulated reader, if any (a card this version does not know reads as none). */
    public Optional<ApCvTestCode> card() {
        String token = reader.read().card();
        return token == null ? Optional.empty() : ApCvTestCodes.byToken(token);
    }

    /** Inserts this card ({@code null}: the reader is empty). */
    public void insertCard(ApCvTestCode code) {
        Reader next = new Reader(code == null ? null : code.token());
        reader.update(current -> next);
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
