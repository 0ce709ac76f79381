package fr.galien.app.ui.documents;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link DocumentsText} for the global "every key has its French text" check. */
public final class DocumentsTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(DocumentsText.values());
    }
}
