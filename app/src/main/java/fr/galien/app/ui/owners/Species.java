package fr.galien.app.ui.owners;

import java.util.Arrays;
import java.util.Optional;

/**
 * The species offered by the animal form. The stored value is the code ({@code chien}, {@code NAC}… as in
 * {@link fr.galien.core.demo.DemoVeterinary}); the screen shows the label.
 */
public enum Species {
    CHIEN("chien", OwnersText.SPECIES_CHIEN),
    CHAT("chat", OwnersText.SPECIES_CHAT),
    NAC("NAC", OwnersText.SPECIES_NAC),
    CHEVAL("cheval", OwnersText.SPECIES_CHEVAL),
    AUTRE("autre", OwnersText.SPECIES_AUTRE);

    private final String code;
    private final OwnersText label;

    Species(String code, OwnersText label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label.text();
    }

    public static Optional<Species> fromCode(String code) {
        return Arrays.stream(values()).filter(species -> species.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The label of a stored species; a value typed by another tool is shown as stored. */
    public static String labelOf(String code) {
        return code == null ? "" : fromCode(code).map(Species::label).orElse(code);
    }
}
