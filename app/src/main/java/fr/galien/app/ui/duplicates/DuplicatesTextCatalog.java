package fr.galien.app.ui.duplicates;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link DuplicatesText} for the global "every key has its French text" check. */
public final class DuplicatesTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(DuplicatesText.values());
    }
}
