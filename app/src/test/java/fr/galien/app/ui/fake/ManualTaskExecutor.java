package fr.galien.app.ui.fake;

import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;

/** Holds tasks until the test completes them, in any order: lets a test make answers arrive out of order. */
public final class ManualTaskExecutor implements TaskExecutor {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.running();
        pending.add(() -> {
            T value;
            try {
                value = task.call();
            } catch (Exception e) {
                task.failed(e);
                return;
            }
            task.succeeded(value);
        });
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the task submitted in position {@code index} among those still pending. */
    public void complete(int index) {
        pending.remove(index).run();
    }

    public void completeAll() {
        while (!pending.isEmpty()) {
            complete(0);
        }
    }
}
