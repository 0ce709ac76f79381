package fr.galien.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerTaskExecutorTest {

    private static final long WAIT_SECONDS = 30;

    private final WorkerTaskExecutor tasks = new WorkerTaskExecutor("test-worker", 1);
    private final List<String> callbacks = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void cancelInterruptsTheWorkAndDropsItsCallbacks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        TaskHandle handle = tasks.execute(BackgroundTask.of("attente", () -> {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await(); // a CIBA wait: only an interrupt ends it
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                    }
                    return "never";
                })
                .onSuccess(value -> callbacks.add("success"))
                .onFailure(error -> callbacks.add("failure")));
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThat(interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        // One thread: once the next task called back, the cancelled one has ended.
        assertThat(nextTaskCallsBack()).isTrue();
        assertThat(callbacks).containsExactly("next");
        assertThat(handle.isCancelled()).isTrue();
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void anErrorReachesOnFailureWrapped() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        AtomicReference<Exception> seen = new AtomicReference<>();
        tasks.execute(BackgroundTask.of("panne", () -> {
                    throw new NoClassDefFoundError("fr/galien/Absent");
                })
                .onFailure(error -> {
                    seen.set(error);
                    failed.countDown();
                }));

        assertThat(failed.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void theWorkerIsNotLeftInterruptedForTheNextTask() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle handle = tasks.execute(BackgroundTask.of("attente", () -> {
            started.countDown();
            new CountDownLatch(1).await();
            return null;
        }));
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        handle.cancel();

        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Boolean> interruptedOnArrival = new AtomicReference<>();
        tasks.execute(BackgroundTask.of("suivante", () -> Thread.currentThread().isInterrupted())
                .onSuccess(flag -> {
                    interruptedOnArrival.set(flag);
                    done.countDown();
                }));

        assertThat(done.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(interruptedOnArrival.get()).isFalse();
    }

    private boolean nextTaskCallsBack() throws InterruptedException {
        CountDownLatch next = new CountDownLatch(1);
        tasks.execute(BackgroundTask.of("suivante", () -> "next").onSuccess(value -> {
            callbacks.add(value);
            next.countDown();
        }));
        return next.await(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
