package fr.galien.core.identity;

import fr.galien.core.domain.Patient;
import fr.galien.core.port.IdentityTraits;
import java.util.Objects;

/**
 * The five strict traits of a patient (specs §2.5: nom de naissance, prénoms de naissance, sexe, date et lieu de
 * naissance) as {@link IdentityTraits}, the form INSi searches by and returns. The used name and the contact are not
 * strict traits.
 */
public final class StrictTraits {

    private StrictTraits() {
    }

    public static IdentityTraits of(Patient patient) {
        return new IdentityTraits(patient.birthName(), patient.firstNames(), patient.sex(), patient.birthDate(),
                blankToNull(patient.birthPlaceCode()));
    }

    /** {@code patient} with its strict traits replaced by {@code traits}; everything else kept. */
    public static Patient replace(Patient patient, IdentityTraits traits) {
        return new Patient(patient.id(), traits.birthName(), patient.usedName(), traits.firstNames(), traits.sex(),
                traits.birthDate(), blankToNull(traits.birthPlaceCode()), patient.contact(), patient.identityStatus(),
                patient.matricule(), patient.oid(), patient.attributes(), patient.archived(), patient.version());
    }

    /** True when the two carry exactly the same strict traits (verbatim, not normalised). */
    public static boolean same(Patient a, Patient b) {
        return Objects.equals(of(a), of(b));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
