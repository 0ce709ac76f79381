package fr.galien.core.error;

import java.util.List;

public final class CoreErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(CoreError.values());
    }
}
