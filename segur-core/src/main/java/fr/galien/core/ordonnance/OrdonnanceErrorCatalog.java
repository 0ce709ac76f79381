package fr.galien.core.ordonnance;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

public final class OrdonnanceErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(OrdonnanceError.values());
    }
}
