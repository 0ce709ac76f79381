package fr.galien.app.ui.common;

import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns any failure into what a user reads: "CORE-0006 : Ce dossier a été modifié…". */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof SegurException segur) {
            return segur.code() + " : " + segur.userMessage();
        }
        // The class name only: a raw exception message may echo patient data typed in a form.
        return UiError.UI_0001.code() + " : " + Messages.format(UiError.UI_0001, cause.getClass().getSimpleName());
    }

    /** The code shown to the user, e.g. {@code CORE-0006} or {@code UI-0001}. */
    public static String codeOf(Throwable error) {
        Throwable cause = unwrap(error);
        return cause instanceof SegurException segur ? segur.code() : UiError.UI_0001.code();
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
