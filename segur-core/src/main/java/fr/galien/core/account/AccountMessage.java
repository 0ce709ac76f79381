package fr.galien.core.account;

import fr.galien.core.i18n.MessageKey;

/** Field errors of account forms (French texts in {@code i18n/account.properties}). */
public enum AccountMessage implements MessageKey {
    LOGIN_INVALID("account.login.invalid"),
    DISPLAY_NAME_REQUIRED("account.displayName.required"),
    DISPLAY_NAME_TOO_LONG("account.displayName.tooLong"),
    ROLE_NOT_ASSIGNABLE("account.role.notAssignable"),
    NATIONAL_ID_INVALID("account.nationalId.invalid"),
    PASSWORD_TOO_SHORT("account.password.tooShort"),
    PASSWORD_TOO_LONG("account.password.tooLong"),
    PASSWORD_CONTAINS_LOGIN("account.password.containsLogin"),
    PASSWORD_TOO_SIMPLE("account.password.tooSimple"),
    PASSWORD_CLASSES("account.password.classes"),
    PASSWORD_CLASSES_OR_PASSPHRASE("account.password.classesOrPassphrase"),
    PASSWORD_RECENTLY_USED("account.password.recentlyUsed");

    private final String key;

    AccountMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.account";
    }

    @Override
    public String key() {
        return key;
    }
}
