package fr.galien.core.spi;

import java.util.List;
import java.util.Objects;

/**
 * Identity of a Ségur module.
 *
 * @param id          stable id checked by {@link ModuleId} ({@code ins}, {@code dmp}…): names its settings, its
 *                    migration history and its outbox rows
 * @param displayName French name for the Services view, e.g. "Téléservice INSi"
 * @param port        the core port interface this module implements
 * @param requires    ports of other modules this one calls (e.g. {@code ProSanteConnectPort} for the professional's
 *                    token): their modules start first, and only these can be had from
 *                    {@link ServiceContext#port(Class)}
 * @param <P>         the port type
 */
public record ServiceDescriptor<P>(String id, String displayName, Class<P> port, List<Class<?>> requires) {

    public ServiceDescriptor {
        ModuleId.check(id);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(port, "port");
        requires = List.copyOf(requires);
        if (requires.contains(port)) {
            throw new IllegalArgumentException("Le module " + id + " ne peut pas dépendre de son propre service");
        }
    }

    /** A module that needs no other module. */
    public ServiceDescriptor(String id, String displayName, Class<P> port) {
        this(id, displayName, port, List.of());
    }
}
