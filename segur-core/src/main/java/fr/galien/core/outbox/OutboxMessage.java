package fr.galien.core.outbox;

import fr.galien.core.i18n.MessageKey;

/** French sentences of the outbox that are not errors (stored as {@code last_error}, shown by the UI). */
public enum OutboxMessage implements MessageKey {
    HANDLER_FAILED("outbox.handlerFailed");

    private final String key;

    OutboxMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.outbox";
    }

    @Override
    public String key() {
        return key;
    }
}
