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
}
