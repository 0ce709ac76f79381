package fr.galien.core.task;

/** Runs {@link BackgroundTask}s. The app's implementation never blocks the FX thread. */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);
}
