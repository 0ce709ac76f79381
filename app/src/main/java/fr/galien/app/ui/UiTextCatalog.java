package fr.galien.app.ui;

import fr.galien.app.ui.common.UiText;
import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link UiText} for the global "every key has its French text" check. */
public final class UiTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(UiText.values());
    }
}
