package fr.galien.core.eprescription;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the core e-prescription rules ({@code ERX-0001..0099}; the eprescription connector uses
 * {@code ERX-0100..0199}). French texts: {@code i18n/eprescription.properties}. Append only; one code, one cause.
 */
public enum ErxError implements ErrorCode {
    /** The patient's identity is not qualified: no registered e-prescription (the paper ordonnance stays possible). */
    ERX_0001,
    /** The scanned or typed text is not an e-prescription identifier (18 characters, digits and capitals). */
    ERX_0002,
    /** The prescription names another INS than the patient in front of the pharmacist. */
    ERX_0003,
    /** No INS to compare and the traits of the prescription differ from the patient's. */
    ERX_0004,
    /** A quantity above what remains for a line. */
    ERX_0005,
    /** The prescription was cancelled by its prescriber. */
    ERX_0006,
    /** Everything was already dispensed (the QR code is used up). */
    ERX_0007,
    /** A line number the prescription does not have. */
    ERX_0008,
    /** Cancel or modify refused: something was already dispensed. */
    ERX_0009,
    /** No Pro Santé Connect session (or a token that is not the caller's) for a national call. */
    ERX_0010,
    /** No local prescription with that id or identifier. */
    ERX_0011,
    /** A prescription line is incomplete or invalid (product, posology, quantity, renewals). */
    ERX_0012,
    /** The substitute is not in the generic group of the prescribed product. */
    ERX_0013,
    /** A line not dispensed needs its reason. */
    ERX_0014,
    /** Substitution refused: the line carries the « non substituable » mention. */
    ERX_0015,
    /** A paper-only prescription has no identifier at the service. */
    ERX_0016,
    /** The e-prescription connector is not started. */
    ERX_0017,
    /** A prescription without any line. */
    ERX_0018,
    /** A line quantity above what one dispensation may give (the rest waits for a renewal). */
    ERX_0019,
    /** The prescription is still waiting to be sent: no identifier yet. */
    ERX_0020;

    @Override
    public String bundle() {
        return "i18n.eprescription";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
