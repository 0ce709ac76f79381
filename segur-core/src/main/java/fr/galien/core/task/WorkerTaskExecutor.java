package fr.galien.core.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a small pool of daemon threads and their callbacks on the same worker thread, right after the work:
 * the executor the Ségur modules get ({@code ServiceContext.tasks()}), so a module's work and callbacks never land
 * on the window's thread, and the CLI, which has no window. {@link #close()} stops the threads.
 */
public final class WorkerTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService pool;

    /** @param name prefix of the threads' names ({@code galien-module-1}…) */
    public WorkerTaskExecutor(String name, int threads) {
        Objects.requireNonNull(name, "name");
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Job<T> job = new Job<>(task);
        try {
            pool.execute(job);
        } catch (RejectedExecutionException closed) {
            job.cancel(); // closed: nothing runs, nothing is called back
        }
        return job;
    }

    /** Interrupts the running work and drops what is queued. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * The work and its callbacks as one {@link FutureTask}: cancelling interrupts the worker (FutureTask also keeps
     * that interrupt from leaking into the next task of the thread). {@code settled} decides, once, whether the
     * callbacks run or the cancel wins.
     */
    private static final class Job<T> extends FutureTask<Void> implements TaskHandle {

        private final AtomicBoolean settled;
        private volatile boolean dropped;

        Job(BackgroundTask<T> task) {
            this(task, new AtomicBoolean());
        }

        private Job(BackgroundTask<T> task, AtomicBoolean settled) {
            super(body(task, settled));
            this.settled = settled;
        }

        private static <T> Callable<Void> body(BackgroundTask<T> task, AtomicBoolean settled) {
            return () -> {
                T value = null;
                Throwable failure = null;
                try {
                    task.running();
                    value = task.call();
                } catch (Throwable e) {
                    failure = e;
                }
                if (!settled.compareAndSet(false, true)) {
                    return null; // cancelled meanwhile: callbacks dropped
                }
                if (failure != null) {
                    task.failed(failure);
                } else {
                    task.succeeded(value);
                }
                return null;
            };
        }

        @Override
        public void cancel() {
            if (settled.compareAndSet(false, true)) {
                dropped = true;
                cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return dropped;
        }
    }
}
