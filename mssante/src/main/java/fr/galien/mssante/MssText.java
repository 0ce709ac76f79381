package fr.galien.mssante;

import fr.galien.core.i18n.MessageKey;

/** French sentences of the MSSanté module that are not errors (health line). */
public enum MssText implements MessageKey {
    HEALTH_NOT_CONFIGURED("mss.health.notConfigured"),
    HEALTH_READY("mss.health.ready"),
    HEALTH_LAST_FAILED("mss.health.lastFailed"),
    HEALTH_STOPPED("mss.health.stopped");

    private final String key;

    MssText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.mssante-client";
    }

    @Override
    public String key() {
        return key;
    }
}
