package fr.galien.app.ui.dmp;

import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Objects;

/**
 * One request of a kind at a time as the screen sees it — only the newest answer reaches it — <b>without
 * interrupting</b> the older one ({@code TaskSlot} interrupts): the DMP requests write audit rows and consultation
 * times, and an interrupt during H2's file I/O closes its channel, then the database (SQL 90098). An older request
 * runs to its end; its answer is dropped.
 */
final class LatestOnly {

    private final TaskExecutor tasks;
    private volatile long generation;

    LatestOnly(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Runs {@code task}; its callbacks run only if no newer task was submitted (or {@link #drop()} called) since. */
    <T> void submit(BackgroundTask<T> task) {
        long mine = ++generation;
        tasks.execute(BackgroundTask.of(task.title(), task::call)
                .onSuccess(value -> {
                    if (mine == generation) {
                        task.succeeded(value);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        task.failed(error);
                    }
                }));
    }

    /** The answer of the request in flight, if any, will be dropped. */
    void drop() {
        generation++;
    }
}
