package fr.galien.app.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX timeline: the action runs on the FX thread after {@code delay} without input. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;

    public FxDebouncer(Duration delay) {
        this.pause = new PauseTransition(delay);
    }

    /** The pause for search as you type: short enough to feel instant, long enough to skip mid-word queries. */
    public static FxDebouncer forTyping() {
        return new FxDebouncer(Duration.millis(150));
    }

    @Override
    public void submit(Runnable action) {
        pause.stop();
        pause.setOnFinished(event -> action.run());
        pause.playFromStart();
    }
}
