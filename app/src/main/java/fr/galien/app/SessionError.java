package fr.galien.app;

import fr.galien.core.error.ErrorCode;

/** Errors of logging in, locking and unlocking (SES-NNNN). French texts: {@code i18n/session.properties}. */
public enum SessionError implements ErrorCode {
    /** Someone else approved the unlock request. */
    SES_0001,
    /** Local accounts are not available in this build. */
    SES_0002,
    /** The PSC module is not running (or the practice is a vet practice). */
    SES_0003,
    /** The login was cancelled. */
    SES_0004,
    /** The PSC exercise's profession does not fit the practice (a pharmacist opening a cabinet médical). */
    SES_0005;

    @Override
    public String bundle() {
        return "i18n.session";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
