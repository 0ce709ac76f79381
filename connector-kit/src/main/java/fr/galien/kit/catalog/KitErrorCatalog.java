package fr.galien.kit.catalog;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import fr.galien.kit.KitError;
import java.util.List;

/** The kit's error codes ({@code KIT-}), registered for the global uniqueness and completeness checks. */
public final class KitErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(KitError.values());
    }
}
