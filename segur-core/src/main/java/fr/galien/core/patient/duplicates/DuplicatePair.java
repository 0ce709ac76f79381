package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import java.util.List;
import java.util.Objects;

/**
 * Two active patients that probably are one person, as the worklist shows them: both records (with the versions a
 * merge or a dismissal must quote), the score and its reasons.
 */
public record DuplicatePair(Patient first, Patient second, int score, List<MatchReason> reasons) {

    public DuplicatePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        reasons = List.copyOf(reasons);
    }

    /**
     * The record to keep by default: the higher RNIV status (a qualified identity must survive, the core refuses
     * otherwise), then the one with more contact details, then the first. The user may choose the other.
     */
    public Patient suggestedSurvivor() {
        int byStatus = Integer.compare(rank(first.identityStatus()), rank(second.identityStatus()));
        if (byStatus != 0) {
            return byStatus > 0 ? first : second;
        }
        return filledContactFields(second) > filledContactFields(first) ? second : first;
    }

    /** The other record of the pair. */
    public Patient other(Patient one) {
        return one.id().equals(first.id()) ? second : first;
    }

    /** RNIV order: qualifiée above récupérée and validée (each half of the proof), above provisoire. */
    public static int rank(IdentityStatus status) {
        return switch (status) {
            case QUALIFIEE -> 2;
            case RECUPEREE, VALIDEE -> 1;
            case PROVISOIRE -> 0;
        };
    }

    private static int filledContactFields(Patient patient) {
        int filled = 0;
        for (PatientField field : PatientField.FILLABLE) {
            if (!field.isEmptyIn(patient)) {
                filled++;
            }
        }
        return filled;
    }
}
