package fr.galien.core.dmp;

import fr.galien.core.error.ErrorCode;

/**
 * The core's DMP rules ({@code DMP-0001..0099}; the DMP client uses {@code DMP-01xx}). French texts:
 * {@code i18n/dmpcore.properties}. Append only.
 */
public enum DmpRuleError implements ErrorCode {
    /** A DMP call needs the professional's own, valid Pro Santé Connect session (REM DMP/PSC.01). */
    DMP_0001,
    /** The DMP module is not started on this workstation (absent, not configured, failed). */
    DMP_0002,
    /** The document cannot be sent as it is: neither a CDA nor a PDF this workstation can wrap in one. */
    DMP_0003,
    /** No such document in the patient's file. */
    DMP_0004,
    /** The CDA's header cannot be read (malformed, DOCTYPE, too large): it would be refused by the DMP. */
    DMP_0005,
    /** A queued send whose content no longer matches what can be sent (payload unreadable). */
    DMP_0006;

    @Override
    public String bundle() {
        return "i18n.dmpcore";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
