package fr.galien.core.ordonnance;

import java.util.Objects;

/**
 * The prescriber as printed: name, qualification and the identifiers the law asks for.
 *
 * @param displayName   « Dr Marie Invente »
 * @param qualification « Médecin généraliste », « Docteur vétérinaire »
 * @param rpps          the 11-digit RPPS (doctors), null for vets
 * @param billingNumber the Assurance Maladie number (identifiant de facturation) for doctors, the Ordre number for
 *                      vets; may be null
 */
public record Prescriber(String displayName, String qualification, String rpps, String billingNumber) {

    public Prescriber {
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The RPPS from a PSC national id ({@code 8} + RPPS) or a bare RPPS; null when it is neither. */
    public static String rppsFromNationalId(String nationalId) {
        if (nationalId == null) {
            return null;
        }
        String id = nationalId.strip();
        if (id.length() == 12 && id.charAt(0) == '8' && id.chars().allMatch(Character::isDigit)) {
            return id.substring(1);
        }
        return id.length() == 11 && id.chars().allMatch(Character::isDigit) ? id : null;
    }
}
