package fr.galien.core.security;

/**
 * What can be done in Galien, each checked by {@link Authorization} against the one role × action declaration
 * ({@link Permissions}). A new action is granted to nobody until {@link Permissions} says otherwise (deny by
 * default). Append only: names may be stored in audit details.
 */
public enum Action {
    PATIENT_SEARCH("Rechercher un patient"),
    PATIENT_READ_IDENTITY("Ouvrir la fiche d'identité d'un patient"),
    PATIENT_EDIT_IDENTITY("Créer ou modifier l'identité d'un patient"),
    PATIENT_ARCHIVE("Archiver un patient"),
    PATIENT_EXPORT("Exporter les patients vers un fichier"),
    PATIENT_IMPORT("Importer des patients depuis un fichier"),
    CLINICAL_READ("Consulter les données cliniques"),
    CLINICAL_WRITE("Saisir des données cliniques"),
    DISPENSATION_PREPARE("Préparer une dispensation"),
    DISPENSATION_VALIDATE("Valider une dispensation"),
    /**
     * DMP, MSSanté, e-prescription: also needs a Pro Santé Connect authentication (ADR 0009). INSi is not one of
     * them: it trusts the practice's organisation certificate ({@link #INS_LOOKUP}, ADR 0012).
     */
    NATIONAL_CALL("Appeler un service national sous Pro Santé Connect (DMP, MSSanté, e-prescription)", true),
    ACCOUNTS_MANAGE("Gérer les comptes des utilisateurs"),
    SETTINGS_MANAGE("Modifier les réglages du cabinet ou de l'officine"),
    AUDIT_READ("Consulter et vérifier le journal d'audit"),
    BACKUP_RESTORE("Sauvegarder et restaurer la base"),
    /**
     * INSi searches and verifications. Not a Pro Santé Connect call: INSi authenticates the practice with its IGC-Santé
     * organisation certificate (INSI-MANU / INSI-AUTO, specs §2.1), so reception staff may call it (ADR 0012).
     */
    INS_LOOKUP("Interroger le téléservice INSi"),
    /** Checking a high-trust identity document (RNIV), or accepting an ApCV reading that stands for one. */
    IDENTITY_VALIDATE("Valider une identité sur pièce d'identité"),
    /** Duplicates worklist: list, "pas un doublon", merge and unmerge (issue 4 §7). */
    PATIENT_MERGE("Fusionner des doublons"),
    /** Making a backup (a scheduled job's technical account may do this and nothing else, issue 14). */
    BACKUP_CREATE("Faire une sauvegarde de la base");

    private final String label;
    private final boolean requiresProSanteConnect;

    Action(String label) {
        this(label, false);
    }

    Action(String label, boolean requiresProSanteConnect) {
        this.label = label;
        this.requiresProSanteConnect = requiresProSanteConnect;
    }

    /** French, for refusals and the permissions screen. */
    public String label() {
        return label;
    }

    /** True when the role's grant is not enough: the caller must also be authenticated by Pro Santé Connect. */
    public boolean requiresProSanteConnect() {
        return requiresProSanteConnect;
    }
}
