package fr.galien.core.task;

import java.util.Objects;

/**
 * One task of a kind at a time: submitting a new one cancels the one before it (interrupted, callbacks dropped), so
 * only the newest answer ever reaches the screen. This replaces the request counters ViewModels used to keep and
 * compare in their callbacks: a search typed letter by letter, a list refreshed twice, a login cancelled and
 * started again, the steps of one identity action (including the wait between two ApCV polls, see
 * {@link #hold(TaskHandle)}).
 *
 * <p>Used from the callback thread of its executor (the FX thread in the app); the methods are synchronized so a
 * worker may cancel as well.
 */
public final class TaskSlot {

    private final TaskExecutor tasks;
    private TaskHandle current = TaskHandle.DONE;

    public TaskSlot(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Cancels the task in the slot, if any, then starts {@code task} in its place. */
    public synchronized <T> TaskHandle submit(BackgroundTask<T> task) {
        Objects.requireNonNull(task, "task");
        TaskHandle previous = current;
        previous.cancel();
        TaskHandle started = tasks.execute(task);
        // An executor that runs callbacks at once (tests) may already have put the next step in the slot.
        if (current == previous) {
            current = started;
        }
        return started;
    }

    /**
     * Cancels the task in the slot and holds {@code step} instead: something that is not a background task but
     * belongs to the same run, such as a timer before the next poll. Cancelling the slot cancels it.
     */
    public synchronized TaskHandle hold(TaskHandle step) {
        Objects.requireNonNull(step, "step");
        TaskHandle previous = current;
        previous.cancel();
        current = step;
        return step;
    }

    /** Cancels whatever the slot holds; a no-op when it is done. */
    public synchronized void cancel() {
        current.cancel();
        current = TaskHandle.DONE;
    }

    /** True while the slot's latest task has neither finished nor been cancelled. */
    public synchronized boolean isRunning() {
        return !current.isDone();
    }
}
