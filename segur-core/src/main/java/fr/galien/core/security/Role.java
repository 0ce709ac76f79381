package fr.galien.core.security;

/**
 * Roles of people using Galien. The permission matrix (role × action, deny by default) comes with the Pro Santé
 * Connect issue; the foundation records the role of every caller in the audit trail from day one.
 */
public enum Role {
    PHARMACIEN_TITULAIRE("Pharmacien titulaire"),
    PHARMACIEN_ADJOINT("Pharmacien adjoint"),
    PREPARATEUR("Préparateur"),
    MEDECIN("Médecin"),
    SAGE_FEMME("Sage-femme"),
    INFIRMIER("Infirmier"),
    VETERINAIRE("Vétérinaire"),
    SECRETAIRE("Secrétaire / assistant"),
    ADMINISTRATEUR_TECHNIQUE("Administrateur technique");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
