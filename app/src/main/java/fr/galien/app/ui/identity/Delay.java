package fr.galien.app.ui.identity;

import fr.galien.core.task.TaskHandle;
import java.time.Duration;

/**
 * Runs an action later on the FX thread without holding a worker thread: the ApCV waits between two polls this way.
 * ViewModels depend on this interface so their tests run the action at once.
 */
@FunctionalInterface
public interface Delay {

    /** @return cancels the wait: the action then never runs */
    TaskHandle after(Duration delay, Runnable action);

    /** Runs every action at once (tests). */
    static Delay immediate() {
        return (delay, action) -> {
            action.run();
            return TaskHandle.DONE;
        };
    }
}
