package fr.galien.app.ui.identity;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

/** Registers {@link IdentityUiError} for the global code uniqueness and French text checks. */
public final class IdentityUiErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(IdentityUiError.values());
    }
}
