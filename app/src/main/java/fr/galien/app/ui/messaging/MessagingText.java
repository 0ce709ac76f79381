package fr.galien.app.ui.messaging;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/** Texts of the « Messagerie » area ({@code i18n/ui_messaging.properties}, French base). */
public enum MessagingText implements MessageKey {
    NAV, TITLE, TAB_INBOX, TAB_COMPOSE, TAB_SENT, TAB_WORKLIST, MAILBOX, FOLDERS, REFRESH, FETCH, LOADING,
    COLUMN_FROM, COLUMN_SUBJECT, COLUMN_DATE, COLUMN_STATE, COLUMN_TO, COLUMN_TITLE, COLUMN_IDENTITY, COLUMN_CANDIDATE,
    COLUMN_SCORE, UNREAD, READ, NO_MESSAGE, FROM_PATIENT, ATTACHMENTS, TO, SUBJECT, BODY, PATIENT, TO_PATIENT,
    NO_REPLY, SEND, QUEUED, ANNUAIRE, ANNUAIRE_SEARCH, ADD_RECIPIENT, DELIVERY_QUEUED, DELIVERY_SENT,
    DELIVERY_DELIVERED, DELIVERY_READ, DELIVERY_FAILED, CONFIRM, REJECT, FILED, REJECTED, FETCHED, BADGE,
    NOT_AVAILABLE, PATIENT_ID;

    @Override
    public String bundle() {
        return "i18n.ui_messaging";
    }

    @Override
    public String key() {
        return name();
    }

    public String text(Object... args) {
        return Messages.format(this, args);
    }
}
