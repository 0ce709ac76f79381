package fr.galien.app.cli;

import fr.galien.core.error.ErrorCode;

/** Refusals of {@code galien init} and {@code galien settings}. French texts: {@code i18n/setup_cli.properties}. Append only. */
public enum SetupCliError implements ErrorCode {
    /** Unknown setting key. */
    CFG_0001,
    /** Not an http(s) address. */
    CFG_0002,
    /** Not a whole number. */
    CFG_0003,
    /** Not true/false. */
    CFG_0004,
    /** A practice already exists: init refused. */
    CFG_0005,
    /** FINESS not 9 digits with a valid key. */
    CFG_0006,
    /** SIRET not 14 digits with a valid key. */
    CFG_0007,
    /** Empty value: unset is the way back to the default. */
    CFG_0008,
    /** The practice's name is empty. */
    CFG_0009,
    /** galien cog build: the official COG files are not in the directory given. */
    CFG_0010;

    @Override
    public String bundle() {
        return "i18n.setup_cli";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
