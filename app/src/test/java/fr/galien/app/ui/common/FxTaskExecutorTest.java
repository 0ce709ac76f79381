package fr.galien.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskHandle;
import fr.galien.core.task.TaskSlot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's executor on the real FX thread (headless): cancel, supersede, and an Error that must not stick. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    private static final long WAIT_SECONDS = 30;

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final List<String> callbacks = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // No window needed: the extension starts the FX toolkit.
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void cancelInterruptsTheWorkDropsItsCallbacksAndEndsBusy() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        TaskHandle handle = tasks.execute(BackgroundTask.of("Connexion…", () -> {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await(); // the CIBA wait: only an interrupt ends it
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                    }
                    return "never";
                })
                .onSuccess(value -> callbacks.add("success"))
                .onFailure(error -> callbacks.add("failure")));
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx(() -> tasks.busyProperty().get())).isTrue();

        WaitForAsyncUtils.asyncFx(handle::cancel).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx(() -> tasks.busyProperty().get())).isFalse();
        assertThat(handle.isDone()).isTrue();
        assertThat(handle.isCancelled()).isTrue();
        // Whatever the interrupted work posted is behind this on the FX queue and was dropped.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(callbacks).isEmpty();
    }

    @Test
    void aSupersededTaskThatAnswersLateIsDropped() throws Exception {
        TaskSlot slot = new TaskSlot(tasks);
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch olderEnded = new CountDownLatch(1);
        CountDownLatch newerShown = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> slot.submit(BackgroundTask.of("Recherche…", () -> {
                    olderStarted.countDown();
                    try {
                        awaitIgnoringInterrupts(release); // a query that answers anyway, after the newer one
                        return "du";
                    } finally {
                        olderEnded.countDown();
                    }
                }).onSuccess(callbacks::add))).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(olderStarted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(() -> slot.submit(BackgroundTask.of("Recherche…", () -> "dupont")
                .onSuccess(value -> {
                    callbacks.add(value);
                    newerShown.countDown();
                }))).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(newerShown.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        release.countDown();

        assertThat(olderEnded.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(callbacks).containsExactly("dupont");
        assertThat(onFx(() -> tasks.busyProperty().get())).isFalse();
    }

    @Test
    void anErrorReachesOnFailureAndTheBusyIndicatorGoesOff() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        AtomicReference<Exception> seen = new AtomicReference<>();
        AtomicBoolean busyInCallback = new AtomicBoolean(true);
        tasks.execute(BackgroundTask.of("Lecture…", () -> {
                    throw new NoClassDefFoundError("fr/galien/Absent");
                })
                .onFailure(error -> {
                    seen.set(error);
                    busyInCallback.set(tasks.busyProperty().get());
                    failed.countDown();
                }));

        assertThat(failed.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoClassDefFoundError.class);
        assertThat(ErrorText.of(seen.get())).startsWith("UI-0001");
        assertThat(busyInCallback).isFalse();
        assertThat(onFx(() -> tasks.busyProperty().get())).isFalse();
        assertThat(onFx(() -> tasks.currentTitleProperty().get())).isEmpty();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) throws InterruptedException {
        boolean interrupted = false;
        while (true) {
            try {
                if (latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    break;
                }
                throw new IllegalStateException("never released");
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
