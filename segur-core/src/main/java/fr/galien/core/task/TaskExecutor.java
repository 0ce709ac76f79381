package fr.galien.core.task;

/**
 * Runs {@link BackgroundTask}s. The app's implementation never blocks the FX thread; every implementation catches
 * any {@link Throwable} of the work (an {@link Error} included) and hands it to {@code onFailure}, so a screen's busy
 * state always ends.
 */
public interface TaskExecutor {

    /** Starts {@code task}; the handle cancels it (interrupting the work, dropping the callbacks). */
    <T> TaskHandle execute(BackgroundTask<T> task);
}
