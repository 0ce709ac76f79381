package fr.galien.core.document;

/** Where the sharing of one document on one channel stands. Stored by name: append only. */
public enum SharingState {
    A_ENVOYER("À envoyer"),
    EN_ATTENTE("En attente"),
    ENVOYE("Envoyé"),
    REFUSE("Refusé"),
    RETIRE("Retiré");

    private final String label;

    SharingState(String label) {
        this.label = label;
    }

    /** French, for the screen. */
    public String label() {
        return label;
    }
}
