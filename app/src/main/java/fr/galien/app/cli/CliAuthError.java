package fr.galien.app.cli;

import fr.galien.core.error.ErrorCode;

/**
 * Refusals of the command line's authentication (issue 14, docs/cli.md « Authentification »). French texts:
 * {@code i18n/cli_auth.properties}. Append only; one code, one cause.
 */
public enum CliAuthError implements ErrorCode {
    /** The practice has accounts and the command names no user. */
    CLA_0001,
    /** --user and --national-id together. */
    CLA_0002,
    /** The password file cannot be read. Args: file. */
    CLA_0003,
    /** The password file may be read by others than its owner. Args: file. */
    CLA_0004,
    /** The password file is empty. Args: file. */
    CLA_0005,
    /** No syslog server configured for « audit forward ». */
    CLA_0006,
    /** The syslog server could not be reached or refused the connection. Args: server, cause. */
    CLA_0007,
    /** --from is not a date. Args: text. */
    CLA_0008;

    @Override
    public String bundle() {
        return "i18n.cli_auth";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
