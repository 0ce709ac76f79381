package fr.galien.app.ui.common;

import fr.galien.core.domain.Patient;
import java.util.List;

/**
 * Every dialog of the app goes through here, so ViewModels stay testable (a fake answers in tests) and errors
 * always look the same: the code, then the French sentence. Methods are called on the FX thread and block until
 * the user answers.
 */
public interface DialogService {

    /** Shows {@code error} as "CODE : phrase" ({@link ErrorText#of(Throwable)}) and logs it once. */
    void showError(Throwable error);

    void showInformation(String message);

    /** Asks a yes/no question; true when the user confirmed with {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Warns that a new patient looks like {@code lookalikes} and lets the user open one or create anyway. */
    LookalikeDecision chooseOnLookalikes(Patient candidate, List<Patient> lookalikes);

    /** The answer to « Enregistrer les modifications ? » when leaving a form with unsaved edits. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /**
     * Asks « Enregistrer / Ne pas enregistrer / Annuler » about the unsaved edits of {@code what} (« le dossier de
     * DUPONT Jean »); Enregistrer is the default button, Échap cancels. The default implementation (for services
     * without a three-way dialog) never discards: it saves on confirmation and cancels otherwise.
     */
    default UnsavedChoice askToSave(String what) {
        return confirm(UiText.UNSAVED_TITLE.text(), UiText.UNSAVED_QUESTION.text(what), UiText.UNSAVED_SAVE.text())
                ? UnsavedChoice.SAVE : UnsavedChoice.CANCEL;
    }
}
