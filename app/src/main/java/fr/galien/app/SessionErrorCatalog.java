package fr.galien.app;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

/** Registers {@link SessionError} for the global "every code has its French text" check. */
public final class SessionErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(SessionError.values());
    }
}
