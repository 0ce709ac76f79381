package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.core.patient.duplicates.DuplicatePair;
import fr.galien.core.patient.duplicates.MatchReason;
import fr.galien.core.patient.duplicates.MergeRecord;
import fr.galien.core.patient.duplicates.PatientField;
import java.util.List;

/** The duplicates and merges as scripts see them (docs/cli.md): keys in this order, codes stable, French beside. */
final class DuplicateJson {

    private DuplicateJson() {
    }

    /** One reason: the stable code for scripts, the French text for people. */
    @JsonPropertyOrder({"code", "forDuplicate", "text"})
    record Reason(String code, boolean forDuplicate, String text) {

        static List<Reason> of(List<MatchReason> reasons) {
            return reasons.stream().map(r -> new Reason(r.name(), r.forDuplicate(), r.text())).toList();
        }
    }

    @JsonPropertyOrder({"score", "reasons", "suggestedSurvivor", "first", "second"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Pair(int score, List<Reason> reasons, String suggestedSurvivor, PatientJson first, PatientJson second) {

        static Pair of(DuplicatePair pair) {
            return new Pair(pair.score(), Reason.of(pair.reasons()), pair.suggestedSurvivor().id().toString(),
                    PatientJson.of(pair.first()), PatientJson.of(pair.second()));
        }
    }

    @JsonPropertyOrder({"id", "survivorId", "retiredId", "filledFields", "mergedBy", "mergedAt", "undone",
            "unmergedBy", "unmergedAt", "survivorBefore", "retiredBefore"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Merge(String id, String survivorId, String retiredId, List<String> filledFields, String mergedBy,
                 String mergedAt, boolean undone, String unmergedBy, String unmergedAt, PatientJson survivorBefore,
                 PatientJson retiredBefore) {

        static Merge of(MergeRecord merge) {
            return new Merge(merge.id().toString(), merge.survivorId().toString(), merge.retiredId().toString(),
                    merge.filledFields().stream().map(PatientField::code).toList(), merge.mergedBy(),
                    merge.mergedAt().toInstant().toString(), merge.undone(), merge.unmergedBy(),
                    merge.unmergedAt() == null ? null : merge.unmergedAt().toInstant().toString(),
                    PatientJson.of(merge.survivorBefore()), PatientJson.of(merge.retiredBefore()));
        }
    }
}
