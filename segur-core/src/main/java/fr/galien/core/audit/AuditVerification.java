package fr.galien.core.audit;

/**
 * Result of walking the audit chain.
 *
 * @param intact         true when every link holds and the head matches the last row
 * @param rowsChecked    rows read before stopping (all of them when intact)
 * @param firstBrokenSeq sequence number of the first broken link (for a missing row: the missing number), or null
 * @param reason         French sentence for the user: what is broken, or the intact summary
 */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenSeq, String reason) {
}
