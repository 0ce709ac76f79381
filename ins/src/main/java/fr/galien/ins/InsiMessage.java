package fr.galien.ins;

import fr.galien.core.i18n.MessageKey;

/** Non-error French texts of the INSi module: health details for the Services view. */
enum InsiMessage implements MessageKey {
    HEALTH_STOPPED("insi.health.stopped"),
    HEALTH_NOT_CONFIGURED("insi.health.notConfigured"),
    HEALTH_NOT_CALLED("insi.health.notCalled"),
    HEALTH_OK("insi.health.ok"),
    HEALTH_UNAVAILABLE("insi.health.unavailable"),
    HEALTH_REFUSED("insi.health.refused"),
    HEALTH_UNREADABLE("insi.health.unreadable");

    static final HealthReport.Texts HEALTH = new HealthReport.Texts(HEALTH_STOPPED, HEALTH_NOT_CONFIGURED,
            HEALTH_NOT_CALLED, HEALTH_OK, HEALTH_UNAVAILABLE, HEALTH_REFUSED, HEALTH_UNREADABLE);

    private final String key;

    InsiMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.insi";
    }

    @Override
    public String key() {
        return key;
    }
}
