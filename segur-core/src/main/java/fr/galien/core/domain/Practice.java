package fr.galien.core.domain;

import java.util.Objects;

/**
 * The practice this installation serves.
 *
 * @param finess FINESS number (officines, centres); null for a liberal cabinet without one
 * @param siret  SIRET of the practice, may be null
 * @param mode   demo, training or real (ADR 0023): only demo and training practices use the simulators
 */
public record Practice(String name, PracticeProfile profile, String finess, String siret, PracticeMode mode) {

    public Practice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(mode, "mode");
    }

    /** The demo flag maps to the mode: {@code true} is the demo, {@code false} a real practice. */
    public Practice(String name, PracticeProfile profile, String finess, String siret, boolean demo) {
        this(name, profile, finess, siret, demo ? PracticeMode.DEMO : PracticeMode.REAL);
    }

    /** True for the demo practice seeded with invented patients. */
    public boolean demo() {
        return mode == PracticeMode.DEMO;
    }

    /** True for the demo and training practices (« Mode bac à sable »): simulators, identities never real. */
    public boolean simulated() {
        return mode.simulated();
    }
}
