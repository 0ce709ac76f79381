package fr.galien.app.ui.common;

import java.util.Objects;

/**
 * Something on screen that may hold unsaved edits (a patient file, a client's file) and knows how to leave: with
 * nothing pending it leaves at once; otherwise it asks « Enregistrer / Ne pas enregistrer / Annuler » and leaves
 * only after a successful save or a discard. Escape, « Fermer », another area, closing the window and
 * « Se déconnecter » all go through {@link #leave(Runnable)}.
 */
public interface UnsavedEdits {

    /** Nothing to protect. */
    UnsavedEdits NONE = new UnsavedEdits() {
        @Override
        public boolean hasUnsavedEdits() {
            return false;
        }

        @Override
        public void leave(Runnable then) {
            then.run();
        }
    };

    boolean hasUnsavedEdits();

    /**
     * Runs {@code then} once it is safe to leave: at once without edits, after the save succeeded, or after the
     * user chose not to save (the edits are then dropped); never when the user cancels or the save fails (the edits
     * stay on screen with the error).
     */
    void leave(Runnable then);

    /** Both, in order: {@code then} runs once each of them let go. */
    static UnsavedEdits both(UnsavedEdits first, UnsavedEdits second) {
        Objects.requireNonNull(first);
        Objects.requireNonNull(second);
        return new UnsavedEdits() {
            @Override
            public boolean hasUnsavedEdits() {
                return first.hasUnsavedEdits() || second.hasUnsavedEdits();
            }

            @Override
            public void leave(Runnable then) {
                first.leave(() -> second.leave(then));
            }
        };
    }
}
