package fr.galien.app;

import fr.galien.core.security.Caller;

/**
 * Checks a local account's password; {@code AccountService::authenticate} of core has this shape (it counts
 * failures, locks the account and audits LOGIN_FAILED itself).
 */
@FunctionalInterface
public interface LocalAccounts {

    /** @throws fr.galien.core.error.SegurException wrong login or password, locked, disabled */
    Caller authenticate(String login, char[] password, String workstationId);
}
