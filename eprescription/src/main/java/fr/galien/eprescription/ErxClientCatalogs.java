package fr.galien.eprescription;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** The module's catalogues, found by ServiceLoader. */
public final class ErxClientCatalogs {

    private ErxClientCatalogs() {
    }

    public static final class Errors implements ErrorCatalog {
        @Override
        public List<? extends ErrorCode> codes() {
            return List.of(ErxClientError.values());
        }
    }

    public static final class Texts implements MessageCatalog {
        @Override
        public List<? extends MessageKey> keys() {
            return List.of(ErxClientMessage.values());
        }
    }
}
