package fr.galien.app.ui.identity;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the identity screens ({@code UI-0100..0119}). French texts: {@code i18n/ui_identity_errors.properties}.
 * Append only.
 */
public enum IdentityUiError implements ErrorCode {
    /** The chosen file is not a readable PNG or JPEG image (or too large). */
    UI_0100,
    /** No DataMatrix code found in the image. */
    UI_0101;

    @Override
    public String bundle() {
        return "i18n.ui_identity_errors";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
