package fr.galien.app.ui.common;

import fr.galien.core.error.ErrorCode;

/** Error codes raised by the user interface itself. French texts: {@code i18n/ui_errors.properties}. */
public enum UiError implements ErrorCode {
    /** A failure that is not a {@link fr.galien.core.error.SegurException}: a bug or an unexpected runtime error. */
    UI_0001;

    @Override
    public String bundle() {
        return "i18n.ui_errors";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
