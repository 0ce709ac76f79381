package fr.galien.sandbox.mssante;

import java.time.Duration;

/** Switchable behaviour of the operator simulator: up, slow (each command answered late) or down (refused). */
public final class MssModes {

    /** How the operator answers. */
    public enum Mode { NORMAL, SLOW, DOWN }

    private Mode mode = Mode.NORMAL;
    private Duration delay = Duration.ofSeconds(3);

    public synchronized Mode mode() {
        return mode;
    }

    public synchronized void setMode(Mode mode) {
        this.mode = mode;
    }

    public synchronized Duration delay() {
        return delay;
    }

    public synchronized void setDelay(Duration delay) {
        this.delay = delay;
    }

    public synchronized void reset() {
        mode = Mode.NORMAL;
        delay = Duration.ofSeconds(3);
    }

    void pause() {
        if (mode() == Mode.SLOW) {
            try {
                Thread.sleep(delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
