package fr.galien.ins;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;

public final class InsClientMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        List<MessageKey> keys = new ArrayList<>(List.of(InsiMessage.values()));
        keys.addAll(List.of(ApCvMessage.values()));
        return keys;
    }
}
