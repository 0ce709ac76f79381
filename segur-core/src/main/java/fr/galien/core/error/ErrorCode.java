package fr.galien.core.error;

import fr.galien.core.i18n.MessageKey;

/**
 * A stable error code such as {@code CORE-0007}, shown to users next to a French sentence.
 *
 * <p>Codes never change meaning once released: support and logs refer to them. Each area declares its codes as an
 * enum implementing this interface and registers it as an {@link ErrorCatalog}; a test checks they are unique and
 * that each has its French text. The text lives in the area's bundle under the code itself as key.
 */
public interface ErrorCode extends MessageKey {

    /** Stable code, {@code AREA-NNNN}. */
    String code();

    @Override
    default String key() {
        return code();
    }
}
