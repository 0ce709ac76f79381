package fr.galien.core.identity;

import java.util.Optional;

/** What an identity history row records (REM 19–21). Database carries the name; append only. */
public enum IdentityEvent {
    INSI_ACCEPTED("Identité INSi acceptée"),
    DOCUMENT_VALIDATED("Pièce d'identité vérifiée"),
    ATTRIBUTES_CHANGED("Attributs modifiés"),
    TRAITS_CORRECTED("Traits stricts corrigés (INS retiré)"),
    VERIFIED_OK("INS vérifié auprès de l'INSi"),
    VERIFIED_KO("Vérification INSi en échec (INS retiré)");

    private final String label;

    IdentityEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<IdentityEvent> fromName(String name) {
        for (IdentityEvent event : values()) {
            if (event.name().equals(name)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
