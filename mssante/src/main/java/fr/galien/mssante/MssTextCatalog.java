package fr.galien.mssante;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

public final class MssTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(MssText.values());
    }
}
