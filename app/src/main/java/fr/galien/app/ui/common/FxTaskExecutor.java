package fr.galien.app.ui.common;

import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's {@link TaskExecutor}: work runs on a small pool of daemon threads, every callback on the FX thread.
 * Nothing slow (database, national services) may run on the FX thread, or the counter screen freezes.
 *
 * <p>{@link #busyProperty()} is true while at least one task runs, for the progress indicator of the status bar.
 * It is only touched on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final int THREADS = 2;

    /**
     * FX-thread actions asked for before the JavaFX toolkit runs: the composition root starts the Ségur modules (whose
     * start may submit a task, e.g. PSC warming its cache) before it launches the window. They run, in order, once
     * {@link #toolkitStarted()} is called; null afterwards.
     */
    private static List<Runnable> beforeToolkit = new ArrayList<>();

    private final ExecutorService pool;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper(this, "currentTitle", "");
    private int running;

    public FxTaskExecutor() {
        this.pool = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        onFxThread(() -> {
            running++;
            busy.set(true);
            currentTitle.set(task.title());
            task.running();
            pool.execute(() -> runOffFxThread(task));
        });
    }

    private <T> void runOffFxThread(BackgroundTask<T> task) {
        T value;
        try {
            value = task.call();
        } catch (Exception e) {
            later(() -> finish(() -> task.failed(e)));
            return;
        }
        later(() -> finish(() -> task.succeeded(value)));
    }

    private void finish(Runnable callback) {
        running--;
        if (running == 0) {
            busy.set(false);
            currentTitle.set("");
        }
        callback.run();
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            later(action);
        }
    }

    private static void later(Runnable action) {
        synchronized (FxTaskExecutor.class) {
            if (beforeToolkit != null && !beforeToolkit.isEmpty()) {
                beforeToolkit.add(action); // behind the earlier ones, in order
                return;
            }
        }
        try {
            Platform.runLater(action);
        } catch (IllegalStateException toolkitNotStarted) {
            synchronized (FxTaskExecutor.class) {
                if (beforeToolkit == null) {
                    throw toolkitNotStarted; // started then exited: the window is gone
                }
                beforeToolkit.add(action);
            }
        }
    }

    /** Called on the FX thread when the window's application starts: runs what was asked for before. */
    public static void toolkitStarted() {
        List<Runnable> pending;
        synchronized (FxTaskExecutor.class) {
            pending = beforeToolkit;
            beforeToolkit = null;
        }
        if (pending != null) {
            pending.forEach(Platform::runLater);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** French title of the latest task started while busy, e.g. "Recherche des patients…". */
    public ReadOnlyStringProperty currentTitleProperty() {
        return currentTitle.getReadOnlyProperty();
    }

    /** Stops the worker threads; tasks still queued are dropped (the window is closing). */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "galien-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
