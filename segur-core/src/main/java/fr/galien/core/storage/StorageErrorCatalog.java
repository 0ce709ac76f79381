package fr.galien.core.storage;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

public final class StorageErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(StorageError.values());
    }
}
