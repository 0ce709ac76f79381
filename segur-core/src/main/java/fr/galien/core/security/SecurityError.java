package fr.galien.core.security;

import fr.galien.core.error.ErrorCode;

/**
 * Refusals of the permission checks. French texts: {@code i18n/security.properties}. The arguments are role and
 * action labels only, never patient data (the message may reach a log). Append only; never renumber.
 */
public enum SecurityError implements ErrorCode {
    /** The caller's role is not granted the action. Args: action label, role label. */
    SEC_0001,
    /** The action needs a Pro Santé Connect authentication. Args: action label. */
    SEC_0002,
    /** A préparateur's national call has no pharmacist PSC session on this counter to go out under. */
    SEC_0003,
    /** A préparateur's DMP call: the DMP connector cannot carry both identities yet (ADR 0022). */
    SEC_0004,
    /** The PSC token offered for a national call is not the calling professional's (ADR 0022). */
    SEC_0005;

    @Override
    public String bundle() {
        return "i18n.security";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
