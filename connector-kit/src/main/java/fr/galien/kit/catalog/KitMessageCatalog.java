package fr.galien.kit.catalog;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import fr.galien.kit.http.TransportReason;
import java.util.List;

/** The kit's non-error French texts: why an HTTP exchange failed. */
public final class KitMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(TransportReason.values());
    }
}
