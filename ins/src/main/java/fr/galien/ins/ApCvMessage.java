package fr.galien.ins;

import fr.galien.core.i18n.MessageKey;

/** Non-error French texts of the appli carte Vitale module: health details for the Services view. */
enum ApCvMessage implements MessageKey {
    HEALTH_STOPPED("apcv.health.stopped"),
    HEALTH_NOT_CONFIGURED("apcv.health.notConfigured"),
    HEALTH_NOT_CALLED("apcv.health.notCalled"),
    HEALTH_OK("apcv.health.ok"),
    HEALTH_UNAVAILABLE("apcv.health.unavailable"),
    HEALTH_REFUSED("apcv.health.refused"),
    HEALTH_UNREADABLE("apcv.health.unreadable");

    static final HealthReport.Texts HEALTH = new HealthReport.Texts(HEALTH_STOPPED, HEALTH_NOT_CONFIGURED,
            HEALTH_NOT_CALLED, HEALTH_OK, HEALTH_UNAVAILABLE, HEALTH_REFUSED, HEALTH_UNREADABLE);

    private final String key;

    ApCvMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.apcv";
    }

    @Override
    public String key() {
        return key;
    }
}
