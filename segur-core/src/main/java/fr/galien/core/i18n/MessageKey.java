package fr.galien.core.i18n;

/**
 * A typed key into one of Galien's French message bundles.
 *
 * <p>Each area declares its keys as an enum implementing this interface, with its own bundle file under
 * {@code i18n/}. French is the base bundle (no locale suffix): the product speaks French first.
 */
public interface MessageKey {

    /** Base name of the bundle holding this key, e.g. {@code i18n.core}. */
    String bundle();

    /** The key inside the bundle, e.g. {@code patient.birthName.required}. */
    String key();
}
