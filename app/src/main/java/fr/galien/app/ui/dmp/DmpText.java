package fr.galien.app.ui.dmp;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/** Texts of the DMP band, tab and « Envois en attente », bundle {@code i18n/ui_dmp.properties} (French base). */
public enum DmpText implements MessageKey {
    BAND_LABEL,
    BAND_BUSY,
    BAND_NOT_QUALIFIED,
    BAND_SESSION,
    BAND_UNAVAILABLE,
    BAND_NO_DMP,
    BAND_CLOSED,
    BAND_AUTHORISED,
    BAND_OPPOSED,
    BAND_CONSENT,
    BAND_NEW,
    BAND_NONE_NEW,
    TAB_TITLE,
    TAB_TYPE,
    TAB_ALL_TYPES,
    TAB_FROM,
    TAB_TO,
    TAB_SEARCH,
    TAB_BUSY,
    TAB_COUNT,
    TAB_OPEN,
    TAB_ADD,
    TAB_ADDED,
    TAB_IN_FILE,
    COLUMN_DATE,
    COLUMN_TYPE,
    COLUMN_TITLE,
    COLUMN_AUTHOR,
    COLUMN_FILE,
    COLUMN_STATE,
    COLUMN_REASON,
    LOCAL_TITLE,
    LOCAL_SEND,
    LOCAL_QUEUED,
    SENDS_TITLE,
    SENDS_RETRY,
    SENDS_REFRESH,
    SENDS_COUNT,
    STATE_PENDING,
    STATE_SENT,
    STATE_REJECTED,
    VIEWER_EMPTY,
    VIEWER_PAGES,
    VET_NO_DMP;

    @Override
    public String bundle() {
        return "i18n.ui_dmp";
    }

    @Override
    public String key() {
        return name();
    }

    public String text(Object... args) {
        return Messages.format(this, args);
    }
}
