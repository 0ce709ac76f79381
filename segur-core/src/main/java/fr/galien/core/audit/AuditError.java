package fr.galien.core.audit;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the audit trail. French texts: {@code i18n/audit.properties}. Append new codes at the end; never
 * renumber or reuse one.
 */
public enum AuditError implements ErrorCode {
    /** The one-row chain head is missing: the trail cannot be appended to (schema damaged). */
    AUD_0001,
    /** The platform lacks SHA-256 (never on a conforming JDK), so nothing can be chained. */
    AUD_0002,
    /** The anchor file beside the data cannot be read or appended to. */
    AUD_0003;

    @Override
    public String bundle() {
        return "i18n.audit";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
