package fr.galien.core.patient;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

public final class PatientMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(PatientMessages.values());
    }
}
