package fr.galien.core.drug;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

/** Registers {@link DrugError} so the global uniqueness and completeness tests see it. */
public final class DrugErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(DrugError.values());
    }
}
