package fr.galien.app.ui.fake;

import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds tasks until the test completes them, in any order: lets a test make answers arrive out of order. A
 * cancelled task stays pending (its work still runs when completed, as a worker may finish after a cancel) but its
 * callbacks are dropped, as the app's executor does.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        task.running();
        Pending<T> held = new Pending<>(task);
        pending.add(held);
        return held;
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the task submitted in position {@code index} among those still pending. */
    public void complete(int index) {
        pending.remove(index).run();
    }

    public void completeAll() {
        while (!pending.isEmpty()) {
            complete(0);
        }
    }

    private static final class Pending<T> implements TaskHandle {
        private final BackgroundTask<T> task;
        private boolean done;
        private boolean cancelled;

        Pending(BackgroundTask<T> task) {
            this.task = task;
        }

        void run() {
            T value;
            try {
                value = task.call();
            } catch (Throwable e) {
                if (!done) {
                    done = true;
                    task.failed(e);
                }
                return;
            }
            if (!done) {
                done = true;
                task.succeeded(value);
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
