package fr.galien.core.ordonnance;

import fr.galien.core.error.ErrorCode;

/** Error codes of ordonnance printing. French texts: {@code i18n/ordonnance.properties}. Append only. */
public enum OrdonnanceError implements ErrorCode {
    /** An ordonnance without any line. */
    ORD_0001,
    /** A line without a medicine. */
    ORD_0002,
    /** Renewals outside 0..11. */
    ORD_0003,
    /** A structured posology with a zero or negative dose or frequency. */
    ORD_0004,
    /** An e-prescription identifier that is not 18 characters 0-9 A-Z. */
    ORD_0005,
    /** The PDF could not be produced (font or memory). */
    ORD_0006,
    /** A line typed as free text (no medicine code) cannot go in an e-prescription. */
    ORD_0007;

    @Override
    public String bundle() {
        return "i18n.ordonnance";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
