package fr.galien.app.ui.identity;

/** What the user chose in the side-by-side comparison. */
public enum ProposalDecision {
    /** "Accepter l'identité INSi": offered only when every strict trait is equal (TraitsChoice.IDENTICAL_ONLY). */
    ACCEPT,
    /** "Remplacer les traits locaux par ceux de l'INSi": the explicit choice when they differ. */
    REPLACE_WITH_INSI,
    /** "Ne rien changer". */
    NOTHING
}
