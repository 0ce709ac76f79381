package fr.galien.core.spi;

import fr.galien.core.domain.PracticeProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * @param profiles    the practices that use it (the Services view of another practice does not list it): by
 *                    default those that treat humans — no DMP, MSSanté, INS or e-prescription exists for animals
 * @param <P>         the port type
 */
public record ServiceDescriptor<P>(String id, String displayName, Class<P> port, List<Class<?>> requires,
                                   Set<PracticeProfile> profiles) {

    public ServiceDescriptor {
        ModuleId.check(id);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(port, "port");
        requires = List.copyOf(requires);
        profiles = Set.copyOf(profiles);
        if (requires.contains(port)) {
            throw new IllegalArgumentException("Le module " + id + " ne peut pas dépendre de son propre service");
        }
    }

    /** A module for the practices that treat humans, requiring {@code requires}. */
    public ServiceDescriptor(String id, String displayName, Class<P> port, List<Class<?>> requires) {
        this(id, displayName, port, requires, HUMAN_CARE);
    }

    /** A module for the practices that treat humans, needing no other module. */
    public ServiceDescriptor(String id, String displayName, Class<P> port) {
        this(id, displayName, port, List.of());
    }

    /** The practices that treat humans: every Ségur service is theirs. */
    public static final Set<PracticeProfile> HUMAN_CARE = Set.copyOf(Arrays.stream(PracticeProfile.values())
            .filter(profile -> !profile.treatsAnimals()).toList());

    public boolean serves(PracticeProfile profile) {
        return profiles.contains(profile);
    }
}
