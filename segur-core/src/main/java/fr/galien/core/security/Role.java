package fr.galien.core.security;

import java.util.Arrays;
import java.util.List;

/**
 * Roles of people using Galien. What each may do is declared once in {@link Permissions} (role × action, deny by
 * default). Append new roles at the end: the name is stored (accounts, audit rows).
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
    ADMINISTRATEUR_TECHNIQUE("Administrateur technique"),
    /** Not a role anyone is given: who failed to log in. Granted nothing. */
    NON_AUTHENTIFIE("Non authentifié"),
    /**
     * A technical account for scheduled backups (SSI/GEN.17: a generic account only for a process): may make a
     * backup and nothing else — no patient, no restore, no audit reading.
     */
    SAUVEGARDE_TECHNIQUE("Compte technique de sauvegarde");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The roles an account may be given (every role but {@link #NON_AUTHENTIFIE}). */
    public static List<Role> assignable() {
        return Arrays.stream(values()).filter(role -> role != NON_AUTHENTIFIE).toList();
    }
}
