package fr.galien.dmp;

import fr.galien.core.i18n.MessageKey;

/** French sentences of the DMP module that are not errors (Services view). */
enum DmpMessage implements MessageKey {
    HEALTH_STOPPED("dmp.health.stopped"),
    HEALTH_NOT_CONFIGURED("dmp.health.notConfigured"),
    HEALTH_CONFIGURED("dmp.health.configured"),
    HEALTH_LAST_FAILED("dmp.health.lastFailed");

    private final String key;

    DmpMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.dmp";
    }

    @Override
    public String key() {
        return key;
    }
}
