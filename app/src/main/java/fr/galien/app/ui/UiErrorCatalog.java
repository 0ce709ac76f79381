package fr.galien.app.ui;

import fr.galien.app.ui.common.UiError;
import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

/** Registers {@link UiError} for the global uniqueness check of error codes. */
public final class UiErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(UiError.values());
    }
}
