package fr.galien.sandbox.apcv;

import fr.galien.sandbox.insi.TestIdentity;

/**
 * A test QR code of the ApCV simulator: what the patient's phone would display.
 *
 * @param token    the part after {@code APCV1:}; also names the card for the simulated reader
 * @param label    French label for the printable page
 * @param identity whose card it is
 * @param answer   what the patient does
 */
public record ApCvTestCode(String token, String label, TestIdentity identity, PatientAnswer answer) {

    /** Prefix of every QR content (our contract). */
    public static final String PREFIX = "APCV1:";

    /** The text encoded in the QR code, as the counter's scanner reads it. */
    public String content() {
        return PREFIX + token;
    }

    public ApCvBeneficiary beneficiary() {
        return ApCvBeneficiary.of(identity);
    }
}
