package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.Patient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One merge, as the history shows it and an unmerge needs it.
 *
 * @param survivorBefore the kept record just before the merge (snapshot)
 * @param retiredBefore  the retired record just before the merge (snapshot)
 * @param filledFields   the survivor's empty contact fields the merge filled from the retired record
 * @param mergedBy       {@code Caller.userId} of who merged
 * @param unmergedBy     who undid it, null while the merge stands
 */
public record MergeRecord(UUID id, Patient survivorBefore, Patient retiredBefore, List<PatientField> filledFields,
                          String mergedBy, OffsetDateTime mergedAt, String unmergedBy, OffsetDateTime unmergedAt) {

    public MergeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(survivorBefore, "survivorBefore");
        Objects.requireNonNull(retiredBefore, "retiredBefore");
        filledFields = List.copyOf(filledFields);
    }

    public UUID survivorId() {
        return survivorBefore.id();
    }

    public UUID retiredId() {
        return retiredBefore.id();
    }

    public boolean undone() {
        return unmergedAt != null;
    }

    /** The survivor as the merge left it: its snapshot with the filled fields taken from the retired record. */
    public Patient survivorAfterMerge() {
        Patient after = survivorBefore;
        for (PatientField field : filledFields) {
            after = field.copy(retiredBefore, after);
        }
        return after;
    }
}
