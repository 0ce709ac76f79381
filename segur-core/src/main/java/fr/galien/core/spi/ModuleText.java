package fr.galien.core.spi;

import fr.galien.core.i18n.MessageKey;

/** French texts of the module host that are not errors. */
public enum ModuleText implements MessageKey {
    /** A module failed to start with an exception that carries no code of ours: {0} its kind. */
    START_FAILED("module.startFailed");

    private final String key;

    ModuleText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.modules";
    }

    @Override
    public String key() {
        return key;
    }
}
