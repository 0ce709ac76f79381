package fr.galien.core.patient.io;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

/** Registers {@link IoError} so the global uniqueness and completeness tests see it. */
public final class IoErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(IoError.values());
    }
}
