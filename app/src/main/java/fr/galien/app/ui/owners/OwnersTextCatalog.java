package fr.galien.app.ui.owners;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link OwnersText} for the global "every key has its French text" check. */
public final class OwnersTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(OwnersText.values());
    }
}
