package fr.galien.core.document;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of patient documents. French texts: {@code i18n/document.properties}. Append new codes at the end;
 * never renumber or reuse one.
 */
public enum DocumentError implements ErrorCode {
    /** No document with that id (or not this patient's). */
    DOC_0001,
    /** Content larger than {@link PatientDocuments#MAX_CONTENT_BYTES}. */
    DOC_0002,
    /** The patient already has a document with this unique id, with another content. */
    DOC_0003,
    /** The unique id is already another patient's document. */
    DOC_0004,
    /** A content type we do not keep. */
    DOC_0005,
    /** The patient does not exist. */
    DOC_0006,
    /** Replacing a version that was already replaced. */
    DOC_0007,
    /** Title blank or too long. */
    DOC_0008,
    /** Unique id blank, too long or with characters an OID / DMP id cannot hold. */
    DOC_0009,
    /** Empty content. */
    DOC_0010,
    /** A replacement for another patient than the document it replaces. */
    DOC_0011;

    @Override
    public String bundle() {
        return "i18n.document";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
