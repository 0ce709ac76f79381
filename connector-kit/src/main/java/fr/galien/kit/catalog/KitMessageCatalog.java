package fr.galien.kit.catalog;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import fr.galien.kit.http.TransportReason;
import fr.galien.kit.module.ModuleText;
import java.util.ArrayList;
import java.util.List;

/** The kit's non-error French texts: why an HTTP exchange failed, the figures of a module's calls. */
public final class KitMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        List<MessageKey> keys = new ArrayList<>(List.of(TransportReason.values()));
        keys.addAll(List.of(ModuleText.values()));
        return keys;
    }
}
