package fr.galien.core.patient;

import fr.galien.core.error.ErrorCode;

/** Error codes of the patient registry. French texts: {@code i18n/patient.properties}. Append only. */
public enum PatientError implements ErrorCode {
    /** Another active patient already holds this qualified INS matricule. */
    PAT_0001,
    // Duplicates and merge (issue 4 §7): PAT-0010..0049.
    /** A patient cannot be merged with, or dismissed against, itself. */
    PAT_0010,
    /** Two different qualified matricules: two people, never merged. */
    PAT_0011,
    /** The retired identity is qualified and the survivor's is not: swap them. */
    PAT_0012,
    /** A record to merge is already archived or merged. */
    PAT_0013,
    /** Unknown merge. */
    PAT_0014,
    /** The merge was already undone. */
    PAT_0015,
    /** Unmerge refused: the survivor changed since the merge (the fields are named). */
    PAT_0016,
    /** Unmerge refused: the retired record changed since the merge (the fields are named). */
    PAT_0017,
    /** Unmerge refused: another active patient now holds the retired record's qualified matricule. */
    PAT_0018,
    /** Minimum duplicate score outside 1..100. */
    PAT_0019;

    @Override
    public String bundle() {
        return "i18n.patient";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
