package fr.galien.core.spi;

import java.time.Instant;

/** Live state of a module for the Services view; {@code detail} is a short French sentence. */
public record Health(State state, String detail, Instant checkedAt) {

    public enum State {
        DISPONIBLE("Disponible"),
        DEGRADE("Dégradé"),
        INDISPONIBLE("Indisponible"),
        NON_DEMARRE("Non démarré");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Health up(String detail, Instant at) {
        return new Health(State.DISPONIBLE, detail, at);
    }

    public static Health down(String detail, Instant at) {
        return new Health(State.INDISPONIBLE, detail, at);
    }
}
