package fr.galien.core.cda;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The professional who writes and signs a document: author, legal authenticator and performer of the act.
 *
 * @param nationalId {@code 8} + RPPS (12 digits), as Pro Santé Connect gives it ({@code SubjectNameID}); carried
 *                   under the OID {@code 1.2.250.1.71.4.2.1} (specs §1.7)
 * @param specialty  profession/specialty from JDV_J01 (e.g. {@link CdaCodes#GENERAL_PRACTITIONER})
 * @param title      JDV_J246 title printed after the name ({@code DR}, {@code PR}), may be null
 */
public record CdaProfessional(String nationalId, String givenName, String familyName, CdaCode specialty,
                              String title) {

    /** The PS national-identifier OID (RPPS with the 8 prefix, or ADELI with 0). */
    public static final String NATIONAL_ID_OID = "1.2.250.1.71.4.2.1";

    private static final Pattern RPPS_ID = Pattern.compile("8\\d{11}");

    public CdaProfessional {
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(specialty, "specialty");
        givenName = givenName == null ? "" : givenName;
    }

    /** True for {@code 8} followed by the 11 digits of an RPPS number. */
    public static boolean isRppsNationalId(String nationalId) {
        return nationalId != null && RPPS_ID.matcher(nationalId).matches();
    }
}
