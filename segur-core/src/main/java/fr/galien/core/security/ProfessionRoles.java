package fr.galien.core.security;

import java.util.Optional;

/**
 * The Galien role of a professional from their Pro Santé Connect exercise ({@code SubjectRefPro}): profession code
 * TRE_G15 and, for pharmacists, {@code codeSectionPharmacien}. Used when a PSC professional has no linked local
 * account (a linked account's role wins, {@code AccountService.pscLogin}).
 */
public final class ProfessionRoles {

    private ProfessionRoles() {
    }

    /** Empty for a profession Galien has no role for (its user then needs a linked account). */
    public static Optional<Role> fromPscExercise(String professionCode, String pharmacistSectionCode) {
        if (professionCode == null) {
            return Optional.empty();
        }
        return switch (professionCode.strip()) {
            case "10" -> Optional.of(Role.MEDECIN);
            // Section A: titulaire d'officine; the other sections (D adjoint, hospital, biology…) work as adjoints.
            case "21" -> Optional.of("A".equalsIgnoreCase(pharmacistSectionCode == null ? ""
                    : pharmacistSectionCode.strip()) ? Role.PHARMACIEN_TITULAIRE : Role.PHARMACIEN_ADJOINT);
            case "50" -> Optional.of(Role.SAGE_FEMME);
            case "60" -> Optional.of(Role.INFIRMIER);
            default -> Optional.empty();
        };
    }

    /**
     * Whether a PSC exercise of profession {@code professionCode} (TRE_G15) may open a practice of kind
     * {@code profile}: pharmacists an officine; physicians, midwives and nurses a cabinet médical; a vet practice
     * has no PSC. A profession Galien has no role for is not judged here (its user needs a linked account).
     */
    public static boolean fitsPractice(String professionCode, fr.galien.core.domain.PracticeProfile profile) {
        if (professionCode == null || profile == null) {
            return true;
        }
        return switch (professionCode.strip()) {
            case "21" -> profile == fr.galien.core.domain.PracticeProfile.OFFICINE;
            case "10", "50", "60" -> profile == fr.galien.core.domain.PracticeProfile.CABINET_MEDICAL;
            default -> true;
        };
    }
}
