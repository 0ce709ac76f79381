package fr.galien.app.ui.fake;

import fr.galien.core.i18n.MessageKey;

/** Validation texts of {@link InMemoryPatientRegistry}. */
enum FakeMessage implements MessageKey {
    REQUIRED,
    FUTURE;

    @Override
    public String bundle() {
        return "i18n.uitest";
    }

    @Override
    public String key() {
        return name();
    }
}
