package fr.galien.app;

import fr.galien.core.error.ErrorCode;

/** Error codes of the application shell and command line. French texts: {@code i18n/app.properties}. */
public enum AppError implements ErrorCode {
    /** No practice configured yet. */
    APP_0001,
    /** File to read not found or unreadable. */
    APP_0002,
    /** File to write cannot be written. */
    APP_0003,
    /** Unknown import/export format. */
    APP_0004,
    /** Patient id is not a valid identifier. */
    APP_0005,
    /** Unexpected failure, logged. */
    APP_0006,
    /** Invalid option value. */
    APP_0007,
    /** A real practice already exists: the demo never replaces it. */
    APP_0008,
    /** Import file has bad lines: nothing imported. */
    APP_0009,
    /** A Ségur module needed by the command is not installed or did not start. */
    APP_0010,
    /** No display to open the window on (ssh session, server, container): the command line is the way. */
    APP_0011;

    @Override
    public String bundle() {
        return "i18n.app";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
