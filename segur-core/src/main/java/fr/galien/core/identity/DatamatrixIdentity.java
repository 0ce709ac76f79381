package fr.galien.core.identity;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.IdentityTraits;
import java.util.List;
import java.util.Objects;

/**
 * The identity an INS datamatrix carries ({@link InsDatamatrix}): a proposal to compare and check with INSi, never a
 * status change on its own (issue 4 §6).
 *
 * @param firstNames     the birth first names, in order (field S3 split on spaces)
 * @param birthPlaceCode COG, or null when the code carries none (S7 is optional)
 */
public record DatamatrixIdentity(String matricule, String oid, List<String> firstNames, String birthName, Sex sex,
                                 BirthDate birthDate, String birthPlaceCode) {

    public DatamatrixIdentity {
        Objects.requireNonNull(matricule, "matricule");
        Objects.requireNonNull(oid, "oid");
        firstNames = List.copyOf(firstNames);
        Objects.requireNonNull(birthName, "birthName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** The five traits, to search INSi with or to compare ({@link TraitsComparison}). */
    public IdentityTraits traits() {
        return new IdentityTraits(birthName, firstNames, sex, birthDate, birthPlaceCode);
    }

    /** A key that does not verify is flagged, not refused: the code was printed from an INSi answer (specs §2.4). */
    public boolean keyVerifies() {
        return Matricules.keyVerifies(matricule);
    }
}
