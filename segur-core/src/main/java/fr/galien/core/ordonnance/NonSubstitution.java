package fr.galien.core.ordonnance;

/**
 * Why a line is « non substituable » (arrêté du 12 novembre 2019, in force since 1 January 2020): the mention is only
 * valid with one of these three justifications.
 */
public enum NonSubstitution {
    MTE("marge thérapeutique étroite"),
    EFG("enfant de moins de 6 ans, aucun générique à la forme galénique adaptée"),
    CIF("contre-indication formelle et démontrée à un excipient");

    private final String label;

    NonSubstitution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** « Non substituable (MTE) ». */
    public String mention() {
        return "Non substituable (" + name() + ")";
    }
}
