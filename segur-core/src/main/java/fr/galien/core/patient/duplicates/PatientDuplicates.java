package fr.galien.core.patient.duplicates;

import fr.galien.core.security.Caller;
import java.util.List;
import java.util.UUID;

/**
 * Probable duplicates among the active patients, and their reversible merge (issue 4 §7, RNIV "doublons").
 * Every method takes the caller; dismissals, merges and unmerges are audited in the same transaction as the change.
 */
public interface PatientDuplicates {

    /**
     * Pairs of active patients scoring at least {@code minScore} (0–100, see {@link DuplicateScorer}), best first,
     * without the pairs dismissed as "pas un doublon" whose identities have not changed since. Not audited (like a
     * search).
     *
     * @throws fr.galien.core.error.SegurException {@code PAT-0019} when {@code minScore} is outside 1–100
     */
    List<DuplicatePair> find(Caller caller, int minScore);

    /**
     * "Pas un doublon": hides the pair while both identities stay as they are now. The versions are the ones the
     * user saw ({@code CORE-0006} if either record changed meanwhile).
     */
    void dismiss(Caller caller, UUID firstId, long firstVersion, UUID secondId, long secondVersion);

    /**
     * Merges {@code retiredId} into {@code survivorId}: the retired record is archived (kept, not deleted) and points
     * to the survivor, its search tokens are removed; the survivor's empty contact fields (phone, e-mail, address) are
     * filled from it; identity fields are never changed; both records are kept as they were in a snapshot, so the
     * merge can be undone.
     *
     * @throws fr.galien.core.error.SegurException {@code PAT-0010} same patient, {@code PAT-0011} two different
     *         qualified matricules, {@code PAT-0012} the retired identity is qualified and the survivor's is not,
     *         {@code PAT-0013} a record already archived or merged, {@code CORE-0006} stale versions,
     *         {@code CORE-0007} unknown patient
     */
    MergeRecord merge(Caller caller, UUID survivorId, long survivorVersion, UUID retiredId, long retiredVersion);

    /**
     * Undoes a merge from its snapshots: the retired record is active again with its search tokens, the survivor's
     * filled fields are emptied again. Refused when either record changed since the merge, naming what changed, so
     * nothing entered after the merge is ever lost.
     *
     * @throws fr.galien.core.error.SegurException {@code PAT-0014} unknown merge, {@code PAT-0015} already undone,
     *         {@code PAT-0016}/{@code PAT-0017} survivor/retired changed since, {@code PAT-0018} another active patient
     *         now holds the retired record's qualified matricule
     */
    MergeRecord unmerge(Caller caller, UUID mergeId);

    /** The latest merges, newest first, undone ones included. Not audited (ids and snapshots of the merge work). */
    List<MergeRecord> merges(Caller caller, int limit);
}
