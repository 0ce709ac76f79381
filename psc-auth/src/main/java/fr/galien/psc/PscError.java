package fr.galien.psc;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the Pro Santé Connect client. French texts: {@code i18n/psc.properties}. Each failure of the issue's
 * "bad input" list has its own code so support can tell them apart. Append new codes at the end; never renumber.
 */
public enum PscError implements ErrorCode {
    /** Provider unreachable: connection refused, timeout, DNS. */
    PSC_0001,
    /** Provider answered something unreadable (metadata, token or userinfo response not as specified). */
    PSC_0002,
    /** ID token signature does not verify against the provider's published keys. */
    PSC_0003,
    /** ID token issued by another issuer. */
    PSC_0004,
    /** ID token not addressed to this client (audience). */
    PSC_0005,
    /** ID token expired (beyond the allowed clock skew) or issued in the future. */
    PSC_0006,
    /** ID token nonce does not match the one this login sent (replay). */
    PSC_0007,
    /** Authentication level (acr) below eidas1. */
    PSC_0008,
    /** The professional refused the request (e-CPS app or PSC page). */
    PSC_0009,
    /** The CIBA request expired before the professional answered. */
    PSC_0010,
    /** The national id is unknown to Pro Santé Connect (or the e-CPS is not usable). */
    PSC_0011,
    /** No redirect came back from the browser in time. */
    PSC_0012,
    /** The redirect's state does not match this login (forged or stale redirect). */
    PSC_0013,
    /** The login was cancelled (thread interrupted). */
    PSC_0014,
    /** The userinfo lacks the professional's national id (SubjectNameID). */
    PSC_0015,
    /** chooseExercise with no session, or with an exercise the professional does not have. */
    PSC_0016,
    /** The provider refused this client's credentials (configuration). */
    PSC_0017,
    /** National id empty or malformed before anything is sent. */
    PSC_0018,
    /** The loopback listener for the browser redirect could not start. */
    PSC_0019,
    /** ID token missing, unsigned or malformed. */
    PSC_0020,
    /** The provider refused the request for another reason (OAuth error code given). */
    PSC_0021,
    /** A required setting is missing or invalid. */
    PSC_0022;

    @Override
    public String bundle() {
        return "i18n.psc";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
