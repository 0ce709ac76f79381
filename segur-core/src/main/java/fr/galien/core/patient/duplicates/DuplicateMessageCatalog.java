package fr.galien.core.patient.duplicates;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;

/** The duplicates worklist's French texts, checked for completeness with every other catalog. */
public final class DuplicateMessageCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        List<MessageKey> keys = new ArrayList<>(List.of(MatchReason.values()));
        keys.addAll(List.of(PatientField.values()));
        return keys;
    }
}
