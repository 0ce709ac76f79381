package fr.galien.core.audit;

import fr.galien.core.i18n.MessageKey;

/** French sentences of the audit trail that are not errors (verification results). Bundle {@code i18n/audit}. */
public enum AuditMessage implements MessageKey {
    VERIFY_INTACT("audit.verify.intact"),
    VERIFY_HASH_MISMATCH("audit.verify.hashMismatch"),
    VERIFY_PREV_HASH_MISMATCH("audit.verify.prevHashMismatch"),
    VERIFY_SEQ_GAP("audit.verify.seqGap"),
    VERIFY_UNEXPECTED_SEQ("audit.verify.unexpectedSeq"),
    VERIFY_TAIL_MISSING("audit.verify.tailMissing"),
    VERIFY_HEAD_HASH_MISMATCH("audit.verify.headHashMismatch"),
    VERIFY_BEYOND_HEAD("audit.verify.beyondHead"),
    VERIFY_HEAD_MISSING("audit.verify.headMissing"),
    ANCHOR_NONE("audit.anchor.none"),
    ANCHOR_OK("audit.anchor.ok"),
    ANCHOR_TRUNCATED("audit.anchor.truncated"),
    ANCHOR_REWRITTEN("audit.anchor.rewritten");

    private final String key;

    AuditMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.audit";
    }

    @Override
    public String key() {
        return key;
    }
}
