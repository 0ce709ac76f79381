package fr.galien.app.ui.common;

import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>A task's handle cancels it: the worker is interrupted (a PSC login waiting for the phone gives its thread back
 * at once) and the callbacks are dropped. Anything the work throws, an {@link Error} included, reaches
 * {@code onFailure}; the busy count is released before any callback runs, so the progress indicator never stays on.
 * Only for the window: the Ségur modules get a {@code WorkerTaskExecutor}, whose callbacks stay off the FX thread.
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
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxTask<T> handle = new FxTask<>(task);
        onFxThread(handle::start);
        return handle;
    }

    private void taskStarted(String title) {
        running++;
        busy.set(true);
        currentTitle.set(title);
    }

    private void taskEnded() {
        running--;
        if (running == 0) {
            busy.set(false);
            currentTitle.set("");
        }
    }

    /**
     * One submitted task. Its state changes on the FX thread only ({@code done}, the busy count), except
     * {@code cancelled}, which {@link #cancel()} may set from any thread. Whatever happens — success, failure, an
     * {@link Error}, a cancel — {@link #settle} runs once and takes the task off the busy count.
     */
    private final class FxTask<T> implements TaskHandle {

        private final BackgroundTask<T> task;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile boolean done;
        private volatile Future<?> future;
        private boolean counted;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
        }

        /** On the FX thread. */
        void start() {
            if (cancelled.get()) {
                done = true;
                return;
            }
            counted = true;
            taskStarted(task.title());
            try {
                task.running();
                future = pool.submit(this::work);
            } catch (RejectedExecutionException closed) {
                settle(() -> { }); // the window is closing: nothing runs
                return;
            } catch (RuntimeException | Error e) {
                settle(() -> task.failed(e));
                return;
            }
            if (cancelled.get()) {
                future.cancel(true); // cancelled from another thread while being submitted
            }
        }

        /** On a worker thread. */
        private void work() {
            T value;
            try {
                value = task.call();
            } catch (Throwable e) {
                if (!cancelled.get()) {
                    later(() -> settle(() -> task.failed(e)));
                }
                return;
            }
            if (!cancelled.get()) {
                later(() -> settle(() -> task.succeeded(value)));
            }
        }

        /** On the FX thread: off the busy count, then the callback unless the task was cancelled meanwhile. */
        private void settle(Runnable callback) {
            if (done) {
                return;
            }
            done = true;
            if (counted) {
                counted = false;
                taskEnded();
            }
            if (!cancelled.get()) {
                callback.run();
            }
        }

        @Override
        public void cancel() {
            if (done || !cancelled.compareAndSet(false, true)) {
                return;
            }
            Future<?> running = future;
            if (running != null) {
                running.cancel(true); // interrupts the worker (a CIBA wait, a blocking read) or unqueues it
            }
            onFxThread(() -> settle(() -> { }));
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
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
