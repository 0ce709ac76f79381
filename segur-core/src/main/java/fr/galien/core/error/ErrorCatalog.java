package fr.galien.core.error;

import java.util.List;

/** Lists one area's error codes, found through {@link java.util.ServiceLoader} so uniqueness is checked globally. */
public interface ErrorCatalog {

    List<? extends ErrorCode> codes();
}
