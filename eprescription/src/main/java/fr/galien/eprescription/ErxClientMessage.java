package fr.galien.eprescription;

import fr.galien.core.i18n.MessageKey;

/** Non-error French texts of the e-prescription module: health details for the Services view. */
enum ErxClientMessage implements MessageKey {
    HEALTH_STOPPED("erx.health.stopped"),
    HEALTH_NOT_CONFIGURED("erx.health.notConfigured"),
    HEALTH_NOT_CALLED("erx.health.notCalled"),
    HEALTH_OK("erx.health.ok"),
    HEALTH_FAILED("erx.health.failed");

    private final String key;

    ErxClientMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.eprescription-client";
    }

    @Override
    public String key() {
        return key;
    }
}
