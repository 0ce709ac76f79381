package fr.galien.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {

    @Test
    void anErrorOfTheWorkReachesOnFailure() {
        AtomicReference<Exception> seen = new AtomicReference<>();

        TaskHandle handle = new CurrentThreadTaskExecutor().execute(BackgroundTask.of("panne", () -> {
            throw new StackOverflowError();
        }).onFailure(seen::set));

        assertThat(seen.get()).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StackOverflowError.class);
        assertThat(handle.isDone()).isTrue();
    }
}
