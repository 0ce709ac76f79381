package fr.galien.app.ui.prescription;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link PrescriptionText} for the global "every key has its French text" check. */
public final class PrescriptionTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(PrescriptionText.values());
    }
}
