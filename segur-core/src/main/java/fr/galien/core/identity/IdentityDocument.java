package fr.galien.core.identity;

import java.util.Optional;

/**
 * High-trust evidence that validates an identity (RNIV; fr-core "mode de validation", specs §2.5). The
 * {@link #LIVRET_FAMILLE} is accepted only for a minor, together with a parent's identity document.
 * {@link #APCV} is the appli carte Vitale, which counts as a high-trust electronic identity (specs §6).
 */
public enum IdentityDocument {
    PASSEPORT("PA", "Passeport"),
    CARTE_IDENTITE("CN", "Carte nationale d'identité"),
    TITRE_SEJOUR("CS", "Titre de séjour"),
    LIVRET_FAMILLE("LECV", "Livret de famille (mineur) avec la pièce d'identité d'un parent"),
    APCV("AV", "Appli carte Vitale");

    private final String code;
    private final String label;

    IdentityDocument(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<IdentityDocument> fromCode(String code) {
        for (IdentityDocument document : values()) {
            if (document.code.equals(code)) {
                return Optional.of(document);
            }
        }
        return Optional.empty();
    }
}
