package fr.galien.app.ui.session;

/** The Pro Santé Connect token's state for the status bar. */
public enum PscState {
    /** Not a PSC user, or no PSC session. */
    NONE,
    /** Token valid (refreshed in the background). */
    ACTIVE,
    /** Refresh impossible: the professional must authenticate again (their work stays on screen). */
    REAUTHENTICATION_REQUIRED
}
