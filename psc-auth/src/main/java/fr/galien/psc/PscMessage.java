package fr.galien.psc;

import fr.galien.core.i18n.MessageKey;

/** Non-error French texts of the Pro Santé Connect client: progress lines, the loopback page, health details. */
public enum PscMessage implements MessageKey {
    PROGRESS_CONTACTING("psc.progress.contacting"),
    PROGRESS_CIBA_SENT("psc.progress.cibaSent"),
    PROGRESS_CIBA_WAITING("psc.progress.cibaWaiting"),
    PROGRESS_CIBA_SLOW_DOWN("psc.progress.cibaSlowDown"),
    PROGRESS_BROWSER_OPENED("psc.progress.browserOpened"),
    PROGRESS_READING_PROFILE("psc.progress.readingProfile"),
    PROGRESS_CONNECTED("psc.progress.connected"),
    LOOPBACK_TITLE("psc.loopback.title"),
    LOOPBACK_SUCCESS("psc.loopback.success"),
    LOOPBACK_FAILURE("psc.loopback.failure"),
    HEALTH_NOT_CONTACTED("psc.health.notContacted"),
    HEALTH_REACHABLE("psc.health.reachable"),
    HEALTH_CONNECTED("psc.health.connected"),
    HEALTH_REAUTHENTICATION("psc.health.reauthentication"),
    HEALTH_UNREACHABLE("psc.health.unreachable"),
    HEALTH_STOPPED("psc.health.stopped");

    private final String key;

    PscMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.psc";
    }

    @Override
    public String key() {
        return key;
    }
}
