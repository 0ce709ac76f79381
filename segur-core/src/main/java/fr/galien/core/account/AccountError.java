package fr.galien.core.account;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of local accounts. French texts: {@code i18n/account.properties}. Arguments never include a password
 * (nor a typed login for authentication failures). Append only; never renumber.
 */
public enum AccountError implements ErrorCode {
    /** Wrong login or password (one message for both, so logins cannot be probed). */
    ACC_0001,
    /** Account locked after repeated failures. Args: time the lock ends (HH:mm). */
    ACC_0002,
    /** Account disabled. */
    ACC_0003,
    /** First administrator refused: accounts already exist. */
    ACC_0004,
    /** Login already taken. Args: login. */
    ACC_0005,
    /** PSC identity already linked to another account. Args: national id. */
    ACC_0006,
    /** Account not found. Args: login or id. */
    ACC_0007,
    /** The last active account able to manage accounts cannot be disabled or lose that right. */
    ACC_0008,
    /** The first account must be able to manage accounts. Args: role label. */
    ACC_0009,
    /** PBKDF2 missing from the platform: nobody can log in. */
    ACC_0010,
    /** Managing accounts needs a logged-in account: the OS user only creates the first administrator. */
    ACC_0011,
    /** A PSC professional whose profession has no Galien role and no linked account. */
    ACC_0012,
    /** The password is older than the renewal period: it must be changed before logging in. Args: days. */
    ACC_0013,
    /** An administration account unused for longer than the policy allows was disabled at this attempt. Args: days. */
    ACC_0014,
    /** The right password, but it no longer meets the policy of the account's role: it must be changed first. */
    ACC_0015;

    @Override
    public String bundle() {
        return "i18n.account";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
