package fr.galien.app.ui.login;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/**
 * Texts of the login, lock screen and session status, in their own bundle {@code i18n/ui_login.properties}
 * (French base) so they never collide with edits of the shared {@code ui.properties}. The key is the constant's name.
 */
public enum LoginText implements MessageKey {
    WINDOW_TITLE,
    HEADING,
    INTRO,
    PSC_SECTION,
    PSC_INTRO,
    NATIONAL_ID,
    NATIONAL_ID_PROMPT,
    NATIONAL_ID_REQUIRED,
    PSC_SIGN_IN,
    PSC_WAITING,
    PSC_BROWSER,
    PSC_BROWSER_WAITING,
    CANCEL,
    CANCELLED,
    LOCAL_SECTION,
    LOCAL_INTRO,
    LOGIN,
    PASSWORD,
    LOGIN_REQUIRED,
    LOCAL_SIGN_IN,
    SIGNING_IN,
    DEMO_HINT,
    DEMO_USE,
    EXERCISE_TITLE,
    EXERCISE_QUESTION,
    EXERCISE_CHOOSE,
    EXERCISE_ITEM,
    EXERCISE_NOT_CHOSEN,
    STATUS_USER,
    STATUS_PROFESSION,
    STATUS_PROFESSION_AT,
    STATUS_NATIONAL_ID,
    PSC_ACTIVE,
    PSC_REAUTHENTICATION,
    REAUTH_BANNER,
    REAUTH_BUTTON,
    REAUTH_DONE,
    LOCK,
    LOCK_TOOLTIP,
    SWITCH_USER,
    LOGOUT,
    LOGOUT_CONFIRM_TITLE,
    LOGOUT_CONFIRM,
    LOCKED_TITLE,
    LOCKED_INTRO,
    UNLOCK,
    UNLOCK_PSC,
    UNLOCKING,
    KEPT_WORK,
    LOCK_REASON_IDLE,
    LOCK_REASON_MANUAL,
    LOCK_REASON_SWITCH,
    INACTIVITY_WORK_TITLE,
    INACTIVITY_WORK,
    INACTIVITY_WORK_RESUME;

    @Override
    public String bundle() {
        return "i18n.ui_login";
    }

    @Override
    public String key() {
        return name();
    }

    /** The French text, formatted with {@code args}. */
    public String text(Object... args) {
        return Messages.format(this, args);
    }
}
