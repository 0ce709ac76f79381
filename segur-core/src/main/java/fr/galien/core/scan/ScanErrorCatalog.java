package fr.galien.core.scan;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

/** Registers {@link ScanError} so the global uniqueness and completeness tests see it. */
public final class ScanErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(ScanError.values());
    }
}
