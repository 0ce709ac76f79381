package fr.galien.core.security;

/**
 * How a caller proved who they are. National calls (DMP, MSSanté, e-prescription) need {@link #PSC}: since the
 * Ségur they go out on behalf of a professional authenticated by Pro Santé Connect (issue 3, ADR 0009). INSi is the
 * exception: it authenticates the practice by its organisation certificate (ADR 0012).
 */
public enum AuthenticationMethod {
    /** The operating-system user of the workstation (CLI and app before login, decisions.md "CLI principal"). */
    OS_USER,
    /** A Galien local account (login + password, {@code fr.galien.core.account}). */
    LOCAL_PASSWORD,
    /** Pro Santé Connect (e-CPS or CPS card), the only method allowed for national calls. */
    PSC,
    /** Nobody yet: a failed login is audited under this method with {@link Role#NON_AUTHENTIFIE}. */
    NONE
}
