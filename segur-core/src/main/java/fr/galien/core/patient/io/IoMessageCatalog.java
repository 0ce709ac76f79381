package fr.galien.core.patient.io;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link IoMessage} so the French-completeness test sees it. */
public final class IoMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(IoMessage.values());
    }
}
