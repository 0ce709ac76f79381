package fr.galien.app.cli;

import fr.galien.core.error.ErrorCode;

/** Refusals of {@code galien psc}. French texts: {@code i18n/psc_cli.properties}. Append only. */
public enum PscCliError implements ErrorCode {
    /** Several exercises and none chosen (or a number out of range): {0} = the numbered list. */
    PCL_0001,
    /** {@code whoami} with no PSC login ever recorded on this workstation. */
    PCL_0002;

    @Override
    public String bundle() {
        return "i18n.psc_cli";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
