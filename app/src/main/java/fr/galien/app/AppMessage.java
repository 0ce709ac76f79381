package fr.galien.app;

import fr.galien.core.i18n.MessageKey;

/** Non-error messages of the application shell. French texts: {@code i18n/app.properties}. */
public enum AppMessage implements MessageKey {
    PRACTICE_NAME_REQUIRED("practice.name.required");

    private final String key;

    AppMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.app";
    }

    @Override
    public String key() {
        return key;
    }
}
