package fr.galien.core.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Slow work (database, national services) described once and run by a {@link TaskExecutor}: off the FX thread in
 * the app, on the calling thread in tests. Callbacks run where the executor decides (the FX thread in the app), and
 * not at all once the task was cancelled ({@link TaskHandle#cancel()}).
 */
public final class BackgroundTask<T> {

    private final String title;
    private final Callable<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Exception> onFailure = error -> { };
    private Runnable onRunning = () -> { };

    private BackgroundTask(String title, Callable<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title French text for the progress indicator, e.g. "Recherche des patients…" */
    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onRunning(Runnable callback) {
        this.onRunning = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    public T call() throws Exception {
        return work.call();
    }

    public void running() {
        onRunning.run();
    }

    public void succeeded(T value) {
        onSuccess.accept(value);
    }

    /**
     * Reports a failure of the work. An {@link Exception} is passed as it is; anything else thrown (an {@link Error}
     * such as {@code OutOfMemoryError} or {@code NoClassDefFoundError}) arrives wrapped in an
     * {@link ExecutionException}, so {@code onFailure} still ends the busy state and shows it.
     */
    public void failed(Throwable error) {
        Objects.requireNonNull(error, "error");
        onFailure.accept(error instanceof Exception exception ? exception : new ExecutionException(error));
    }
}
