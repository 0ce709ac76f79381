package fr.galien.core.audit;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

public final class AuditMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(AuditMessage.values());
    }
}
