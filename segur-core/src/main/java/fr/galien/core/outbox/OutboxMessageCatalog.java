package fr.galien.core.outbox;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

public final class OutboxMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(OutboxMessage.values());
    }
}
