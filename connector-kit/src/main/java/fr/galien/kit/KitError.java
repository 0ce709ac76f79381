package fr.galien.kit;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the connector kit ({@code KIT-0001..}). French texts: {@code i18n/kit.properties}. A connector may
 * keep its own codes for the same causes (the INSi client answers {@code INS-0108} where the kit would say
 * {@code KIT-0005}, so support sees which service failed); a new connector can use these as they are. One code, one
 * cause. Append new codes at the end; never renumber.
 */
public enum KitError implements ErrorCode {
    /** A setting is missing or invalid ({0} full key, {1} reason). */
    KIT_0001,
    /** The TLS key store or trust store cannot be loaded ({0} file names, never a password). */
    KIT_0002,
    /** A received XML document is not well-formed ({0} position). */
    KIT_0003,
    /** A received XML document carries a DOCTYPE or an entity reference. */
    KIT_0004,
    /** A received XML document exceeds a safety limit (size, depth, text, element or attribute count). */
    KIT_0005,
    /** The service is unreachable: refused, timed out, DNS, TLS ({0} French reason). */
    KIT_0006,
    /** The reply is larger than the caller accepts. */
    KIT_0007,
    /** The call was interrupted (the user cancelled, the application is closing). */
    KIT_0008,
    /** A call needing the professional's Pro Santé Connect token was made without a session. */
    KIT_0009,
    /** The Pro Santé Connect token given for a call has already expired. */
    KIT_0010;

    @Override
    public String bundle() {
        return "i18n.kit";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
