package fr.galien.sandbox.apcv;

/** {@code statut} of a reading (contract values). */
public enum ReadingStatus {
    EN_ATTENTE, APPROUVEE, REFUSEE, EXPIREE
}
