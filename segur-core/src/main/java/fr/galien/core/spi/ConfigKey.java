package fr.galien.core.spi;

/**
 * A setting a module declares, with its default. Real national endpoints are settings, never code: the default
 * points at the sandbox; production values come from the practice's configuration.
 *
 * @param name         key without the module prefix, e.g. {@code endpoint}; stored as {@code <moduleId>.<name>}
 * @param defaultValue value when the practice set none; may be null for "required"
 * @param description  French explanation for the settings screen
 */
public record ConfigKey(String name, String defaultValue, String description) {
}
