package fr.galien.core.mssante;

import fr.galien.core.error.ErrorCode;

/**
 * IHE XDM packaging and reading (specs §3.4), and the CDA header read from received documents. French texts:
 * {@code i18n/mssante.properties}. Append only; never renumber.
 */
public enum XdmError implements ErrorCode {
    /** The archive is not a readable zip. */
    XDM_0001,
    /** An entry name that would leave the archive folder ({@code ../}, absolute, drive letter, backslash). */
    XDM_0002,
    /** Too many entries, an entry or a total too large once decompressed (zip bomb). */
    XDM_0003,
    /** No {@code IHE_XDM/SUBSET01/METADATA.XML}. */
    XDM_0004,
    /** An XML file carrying a DOCTYPE or entities (XXE): refused before anything is resolved. */
    XDM_0005,
    /** METADATA.XML is not a well-formed ebRIM SubmitObjectsRequest. */
    XDM_0006,
    /** A document listed in METADATA.XML is missing or its hash or size differs. */
    XDM_0007,
    /** A CDA document that is not well-formed or not a ClinicalDocument. */
    XDM_0008,
    /** No document to package. */
    XDM_0009,
    /** An XML file beyond the safety limits (depth, text length, element count). */
    XDM_0010;

    @Override
    public String bundle() {
        return "i18n.mssante";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
