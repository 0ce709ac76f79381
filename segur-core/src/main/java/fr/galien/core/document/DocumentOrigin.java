package fr.galien.core.document;

/** Where a patient document comes from. Stored by name: append only. */
public enum DocumentOrigin {
    /** Made in this practice (ordonnance, VSM, letter…). */
    LOCAL("Fait ici"),
    /** Retrieved from the patient's DMP. */
    DMP("DMP"),
    /** Received by MSSanté secure mail. */
    MSSANTE("MSSanté"),
    /** Scanned or imported from a file. */
    SCAN("Numérisé");

    private final String label;

    DocumentOrigin(String label) {
        this.label = label;
    }

    /** French, for the screen. */
    public String label() {
        return label;
    }
}
