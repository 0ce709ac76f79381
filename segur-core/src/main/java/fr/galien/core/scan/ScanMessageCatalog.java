package fr.galien.core.scan;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link ScanMessage} so the French-completeness test sees it. */
public final class ScanMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(ScanMessage.values());
    }
}
