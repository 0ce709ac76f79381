package fr.galien.app.cli;

import fr.galien.core.error.ErrorCode;

/** Refusals of {@code galien users}. French texts: {@code i18n/users_cli.properties}. Append only. */
public enum UsersCliError implements ErrorCode {
    /** No password where one was expected (empty or missing line). */
    USR_0001,
    /** The two typed passwords differ. */
    USR_0002,
    /** Accounts exist: an administrator must identify with --admin. */
    USR_0003;

    @Override
    public String bundle() {
        return "i18n.users_cli";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
