package fr.galien.core.i18n;

import java.util.List;

/**
 * Lists one area's non-error message keys; found with {@link java.util.ServiceLoader} so a test checks that every
 * key of every area has its French text and that its placeholders format.
 */
public interface MessageCatalog {

    List<? extends MessageKey> keys();
}
