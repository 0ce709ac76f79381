package fr.galien.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskSlotTest {

    private static final long WAIT_SECONDS = 30;

    private final WorkerTaskExecutor tasks = new WorkerTaskExecutor("test-slot", 2);
    private final TaskSlot slot = new TaskSlot(tasks);
    private final List<String> shown = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aNewerTaskSupersedesTheOlderOneWhoseAnswerIsDropped() throws Exception {
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch olderEnded = new CountDownLatch(1);
        TaskHandle older = slot.submit(BackgroundTask.of("recherche « du »", () -> {
            olderStarted.countDown();
            try {
                awaitIgnoringInterrupts(new CountDownLatch(1), 200); // a slow query that answers anyway
                return "résultats de « du »";
            } finally {
                olderEnded.countDown();
            }
        }).onSuccess(shown::add));
        assertThat(olderStarted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        CountDownLatch newer = new CountDownLatch(1);
        slot.submit(BackgroundTask.of("recherche « dupont »", () -> "résultats de « dupont »")
                .onSuccess(value -> {
                    shown.add(value);
                    newer.countDown();
                }));

        assertThat(newer.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(olderEnded.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(older.isCancelled()).isTrue();
        assertThat(shown).containsExactly("résultats de « dupont »");
    }

    @Test
    void cancellingTheSlotStopsAWaitItHolds() {
        TaskHandle[] cancelled = {null};
        TaskHandle wait = new TaskHandle() {
            private boolean done;

            @Override
            public void cancel() {
                done = true;
                cancelled[0] = this;
            }

            @Override
            public boolean isDone() {
                return done;
            }

            @Override
            public boolean isCancelled() {
                return done;
            }
        };
        slot.hold(wait);
        assertThat(slot.isRunning()).isTrue();

        slot.cancel();

        assertThat(cancelled[0]).isSameAs(wait);
        assertThat(slot.isRunning()).isFalse();
    }

    @Test
    void withTheCurrentThreadExecutorEveryTaskIsAlreadyDone() {
        TaskSlot direct = new TaskSlot(new CurrentThreadTaskExecutor());

        TaskHandle handle = direct.submit(BackgroundTask.of("lecture", () -> "ok").onSuccess(shown::add));

        assertThat(handle.isDone()).isTrue();
        assertThat(direct.isRunning()).isFalse();
        assertThat(shown).containsExactly("ok");
    }

    /** Waits {@code millis} or until released, whatever interrupts say: work that ignores a cancel. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch, long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean interrupted = false;
        while (System.nanoTime() < end) {
            try {
                if (latch.await(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
