package fr.galien.core.domain;

/**
 * What a practice is, chosen at creation and never mixed (ADR 0023): the demo, a training (sandbox) practice, or a
 * real one. Only the demo and training practices may talk to the in-process simulators; a real practice's
 * unconfigured national service is « non configuré », never simulated.
 */
public enum PracticeMode {
    /** The demo practice seeded with invented patients. Always on the simulators. */
    DEMO("démonstration"),
    /** Created explicitly for training ({@code galien init --sandbox}): simulators, its data marked forever. */
    TRAINING("formation"),
    /** A real practice: national services only once configured, never a simulator. */
    REAL("réelle");

    private final String label;

    PracticeMode(String label) {
        this.label = label;
    }

    /** French label (« démonstration », « formation », « réelle »). */
    public String label() {
        return label;
    }

    /** True for the demo and training practices: simulators allowed, identities never real ones. */
    public boolean simulated() {
        return this != REAL;
    }
}
