package fr.galien.core.mssante;

import fr.galien.core.error.ErrorCode;

/**
 * MSSanté rules of the core ({@code MSS-0001..0099}; the {@code mssante} connector uses MSS-01xx). French texts:
 * {@code i18n/mssante.properties}. One code, one cause. Append only; never renumber.
 */
public enum MssError implements ErrorCode {
    /** An address that is not an e-mail address (local part @ domain). */
    MSS_0001,
    /** A recipient outside the MSSanté space (domain not ending in mssante.fr nor in the trusted list). */
    MSS_0002,
    /** Writing to a patient whose identity is not qualified (SC.MSS.14, UX.32): the reason follows. */
    MSS_0003,
    /** A Mon espace santé address that is not the address of the patient chosen (or none was chosen). */
    MSS_0004,
    /** No recipient. */
    MSS_0005,
    /** Attachments larger than the limit. */
    MSS_0006,
    /** The sender mailbox is not one of the user's mailboxes. */
    MSS_0007,
    /** A queued mail whose content is no longer in the database. */
    MSS_0008,
    /** A received message larger than the limit, or with too many parts or nesting. */
    MSS_0009,
    /** A received message whose MIME structure cannot be read. */
    MSS_0010,
    /** A worklist entry that does not exist or was already handled. */
    MSS_0011,
    /** Subject or body too long. */
    MSS_0012,
    /** The MSSanté module is not started on this workstation (absent, not configured or failed). */
    MSS_0013,
    /** A patient identifier that is not one. */
    MSS_0014;

    @Override
    public String bundle() {
        return "i18n.mssante";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
