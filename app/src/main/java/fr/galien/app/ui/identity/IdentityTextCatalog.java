package fr.galien.app.ui.identity;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link IdentityText} for the global "every key has its French text" check. */
public final class IdentityTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(IdentityText.values());
    }
}
