package fr.galien.app.ui.identity;

import fr.galien.core.task.TaskHandle;
import java.time.Duration;
import javafx.animation.PauseTransition;

/** A {@link Delay} on the FX timeline. */
public final class FxDelay implements Delay {

    @Override
    public TaskHandle after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(0, delay.toMillis())));
        Wait wait = new Wait(pause);
        pause.setOnFinished(event -> {
            if (!wait.done) {
                wait.done = true;
                action.run();
            }
        });
        pause.play();
        return wait;
    }

    /** The pending wait; used on the FX thread only. */
    private static final class Wait implements TaskHandle {
        private final PauseTransition pause;
        private boolean done;
        private boolean cancelled;

        Wait(PauseTransition pause) {
            this.pause = pause;
        }

        @Override
        public void cancel() {
            if (!done) {
                done = true;
                cancelled = true;
                pause.stop();
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
