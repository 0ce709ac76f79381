package fr.galien.app.ui.services;

import fr.galien.core.spi.Health;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A health source that is not a Ségur module (the database, the sandbox), shown as a row of the Services view.
 * {@code check} is called off the FX thread every few seconds: it must answer fast.
 *
 * @param id          stable id, e.g. {@code database}
 * @param displayName French name, e.g. "Base de données"
 */
public record HealthProbe(String id, String displayName, Supplier<Health> check) {

    public HealthProbe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(check, "check");
    }
}
