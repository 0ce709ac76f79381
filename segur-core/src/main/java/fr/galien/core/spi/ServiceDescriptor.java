package fr.galien.core.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of a Ségur module.
 *
 * @param id          stable lowercase id ({@code ins}, {@code dmp}…): names its settings and its migration history
 * @param displayName French name for the Services view, e.g. "Téléservice INSi"
 * @param port        the core port interface this module implements
 */
public record ServiceDescriptor(String id, String displayName, Class<?> port) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    public ServiceDescriptor {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(port, "port");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Identifiant de module invalide : " + id);
        }
    }
}
