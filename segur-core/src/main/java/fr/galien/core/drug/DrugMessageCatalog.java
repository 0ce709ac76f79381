package fr.galien.core.drug;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link DrugMessage} so the French-completeness test sees it. */
public final class DrugMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(DrugMessage.values());
    }
}
