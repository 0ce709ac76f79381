package fr.galien.core.domain;

import java.util.Objects;

/**
 * The practice this installation serves.
 *
 * @param finess FINESS number (officines, centres); null for a liberal cabinet without one
 * @param siret  SIRET of the practice, may be null
 * @param demo   true for the demo practice seeded with invented patients (shows "mode bac à sable")
 */
public record Practice(String name, PracticeProfile profile, String finess, String siret, boolean demo) {

    public Practice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
    }
}
