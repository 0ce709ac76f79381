package fr.galien.app.ui.duplicates;

import fr.galien.app.ui.common.PatientRow;
import fr.galien.core.patient.duplicates.MergeRecord;
import fr.galien.core.patient.duplicates.PatientField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** One line of the merge history, formatted for display (local time, French field names). */
public record MergeRow(MergeRecord merge, String date, String kept, String retired, String filled, String state) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public static MergeRow of(MergeRecord merge, ZoneId zone) {
        String filled = merge.filledFields().isEmpty() ? DuplicatesText.MERGES_FILLED_NONE.text()
                : merge.filledFields().stream().map(PatientField::text).collect(Collectors.joining(", "));
        String state = merge.undone()
                ? DuplicatesText.MERGES_STATE_UNDONE.text(WHEN.format(merge.unmergedAt().atZoneSameInstant(zone)))
                : DuplicatesText.MERGES_STATE_ACTIVE.text();
        return new MergeRow(merge, WHEN.format(merge.mergedAt().atZoneSameInstant(zone)),
                PatientRow.summary(merge.survivorBefore()), PatientRow.summary(merge.retiredBefore()), filled, state);
    }
}
