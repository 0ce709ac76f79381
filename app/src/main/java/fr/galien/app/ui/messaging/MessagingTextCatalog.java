package fr.galien.app.ui.messaging;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link MessagingText} for the global "every key has its French text" check. */
public final class MessagingTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(MessagingText.values());
    }
}
