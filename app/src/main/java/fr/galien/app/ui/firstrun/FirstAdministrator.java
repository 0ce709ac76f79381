package fr.galien.app.ui.firstrun;

import fr.galien.core.security.Role;

/**
 * The first local account of a real practice, created right after the practice on first run, implemented by the
 * composition root over the core {@code AccountService}. Both methods touch the database and {@link #create} hashes
 * the password (PBKDF2, about half a second): the UI calls them through the task executor, never on the FX thread.
 */
public interface FirstAdministrator {

    /**
     * True while no account exists in the database; false on a second workstation of a shared PostgreSQL practice
     * (its administrator was created on the first one), so the step is skipped.
     */
    boolean needed();

    /**
     * Creates the first administrator. The password array is the caller's: the implementation does not keep it.
     *
     * @throws fr.galien.core.error.ValidationException field errors named {@code login}, {@code displayName},
     *                                                  {@code role}, {@code password} (password policy)
     * @throws fr.galien.core.error.SegurException      {@code ACC-0004} when another workstation created it meanwhile
     */
    void create(String login, String displayName, Role role, char[] password);
}
