package fr.galien.core.identity;

import java.util.Optional;

/**
 * How an identity was collected (fr-core "mode de recueil", specs §2.5). Recorded with every identity change: the
 * indicators count ApCV, Vitale card and traits identifications. Database and JSON carry {@link #code()}.
 */
public enum IdentificationMethod {
    SAISIE_MANUELLE("SM", "Saisie manuelle"),
    INSI_TRAITS("INSI", "Téléservice INSi (recherche par traits)"),
    CARTE_VITALE("CV", "Carte Vitale"),
    APCV("AV", "Appli carte Vitale"),
    DATAMATRIX_INS("CB", "Datamatrix INS");

    private final String code;
    private final String label;

    IdentificationMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<IdentificationMethod> fromCode(String code) {
        for (IdentificationMethod method : values()) {
            if (method.code.equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
