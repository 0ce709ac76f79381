package fr.galien.app.ui.common;

/**
 * Runs an action once input has paused (search as you type). ViewModels depend on this interface so their tests
 * run the action at once, without a JavaFX timer.
 */
public interface Debouncer {

    /** Schedules {@code action}, cancelling the one scheduled before if it has not run yet. */
    void submit(Runnable action);

    /** A debouncer that runs every action immediately (tests, or when no pause is wanted). */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
