package fr.galien.core.scan;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the counter's scan field. French texts: {@code i18n/scan.properties}, key = code. Append new codes
 * at the end; never renumber or reuse one.
 */
public enum ScanError implements ErrorCode {
    /** Nothing was read. */
    SCN_0001,
    /** The text is none of the codes the counter knows (what was read is shown). */
    SCN_0002,
    /** A GS1 DataMatrix of a medicine box that cannot be read (what was read, why). */
    SCN_0003,
    /** The GTIN of the box is not a French CIP (not 0340…). */
    SCN_0004,
    /** The box's lot is past its expiry date. */
    SCN_0005,
    /** An EAN-13 CIP whose check digit is wrong. */
    SCN_0006,
    /** An INS datamatrix that cannot be read (the INS reason is given). */
    SCN_0007,
    /** The scanned text is longer than any known code. */
    SCN_0008,
    /** An image file that cannot be read. */
    SCN_0009,
    /** An image in which no code was found. */
    SCN_0010,
    /** Looks like an e-prescription identifier but does not have its 18 characters. */
    SCN_0011,
    /** A 13-digit EAN that is not a CIP (does not start with 340). */
    SCN_0012;

    @Override
    public String bundle() {
        return "i18n.scan";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
