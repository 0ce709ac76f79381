package fr.galien.kit.module;

import fr.galien.core.i18n.MessageKey;

/** French texts the kit adds to a module's health for the Services view. */
public enum ModuleText implements MessageKey {
    /** {0} calls since start, {1} failed, {2} ms for the last one. */
    CALL_STATS("module.callStats");

    private final String key;

    ModuleText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.kit";
    }

    @Override
    public String key() {
        return key;
    }
}
