package fr.galien.app.ui.identity;

import fr.galien.core.task.TaskHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Holds each wait until the test ends it; a cancelled wait never runs its action, as on the FX timeline. */
final class ManualDelay implements Delay {

    private final List<Wait> waiting = new ArrayList<>();

    @Override
    public TaskHandle after(Duration delay, Runnable action) {
        Wait wait = new Wait(action);
        waiting.add(wait);
        return wait;
    }

    /** Ends every wait held now (not those their actions start). */
    void elapseAll() {
        List<Wait> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Wait::elapse);
    }

    private static final class Wait implements TaskHandle {
        private final Runnable action;
        private boolean done;
        private boolean cancelled;

        Wait(Runnable action) {
            this.action = action;
        }

        void elapse() {
            if (!done) {
                done = true;
                action.run();
            }
        }

        @Override
        public void cancel() {
            if (!done) {
                done = true;
                cancelled = true;
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
