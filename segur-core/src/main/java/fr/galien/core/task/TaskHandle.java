package fr.galien.core.task;

/**
 * A submitted {@link BackgroundTask}, as {@link TaskExecutor#execute} returns it. {@link #cancel()} interrupts the
 * work if it runs and drops its callbacks, so an answer nobody waits for any more never reaches the screen.
 */
public interface TaskHandle {

    /** A handle whose task already ran (or never needed to): cancelling it does nothing. */
    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Interrupts the work if it is running, drops it if it has not started, and drops its callbacks
     * ({@code onSuccess}/{@code onFailure} are never called after this returns on the callback thread). No-op once
     * the task is done.
     */
    void cancel();

    /** True once the callbacks ran or were dropped by {@link #cancel()}. */
    boolean isDone();

    /** True when {@link #cancel()} stopped the task before its callbacks ran. */
    boolean isCancelled();
}
