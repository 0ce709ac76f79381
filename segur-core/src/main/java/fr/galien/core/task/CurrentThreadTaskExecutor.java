package fr.galien.core.task;

/**
 * Runs each task and its callbacks at once on the calling thread: makes asynchronous code deterministic in tests.
 * The handle it returns is already done.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        task.running();
        T value;
        try {
            value = task.call();
        } catch (Throwable e) {
            task.failed(e);
            return TaskHandle.DONE;
        }
        task.succeeded(value);
        return TaskHandle.DONE;
    }
}
