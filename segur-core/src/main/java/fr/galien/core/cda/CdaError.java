package fr.galien.core.cda;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of clinical documents (CDA R2): producing one ({@link ClinicalDocuments}, {@link CdaInsRules}) and
 * reading one received from outside ({@link CdaReader}). French texts: {@code i18n/cda.properties}. Arguments never
 * carry document content nor patient data. Append only; never renumber or reuse a code.
 */
public enum CdaError implements ErrorCode {
    // --- the INS a document carries (our own rules: the ANS schematrons do not check its form) ---
    /** The matricule has not the INS structure (15 characters, 2A/2B only at positions 6–7). */
    CDA_0001,
    /** The OID is not one of the INS OIDs. Args: the OID. */
    CDA_0002,
    /** A test or demonstration INS OID in a real practice. Args: the OID. */
    CDA_0003,
    /** A strict trait of the INS is missing. Args: the trait's French name. */
    CDA_0004,
    /** The birth place is not a COG code (5 characters: commune, or 99 + country). */
    CDA_0005,

    // --- the header ---
    /** The author's national identifier is not 8 + RPPS (12 digits). */
    CDA_0006,
    /** The practice has neither a FINESS nor a SIRET: the document cannot name its structure. */
    CDA_0007,
    /** A replacement without the previous document's ids, or a version below 2. */
    CDA_0008,

    // --- the content ---
    /** The file to wrap is not a PDF. */
    CDA_0009,
    /** The PDF to wrap is larger than the limit. Args: size in MB, limit in MB. */
    CDA_0010,
    /** A structured document without the content its volet requires. Args: what is missing. */
    CDA_0011,
    /** No professional to author and sign the document (no PSC session, not a demo practice). */
    CDA_0012,
    /** A medical summary (VSM) by someone who is not a doctor. */
    CDA_0013,

    // --- reading a received document ---
    /** Larger than the reading limit. Args: limit in MB. */
    CDA_0020,
    /** A DOCTYPE or an entity: refused, never expanded nor fetched. */
    CDA_0021,
    /** Nested deeper than the limit. Args: the limit. */
    CDA_0022,
    /** Not well-formed XML. Args: where. */
    CDA_0023,
    /** Well-formed, but not a CDA R2 ClinicalDocument. */
    CDA_0024,
    /** More elements, attributes or text than a clinical document has. Args: which limit. */
    CDA_0025,
    /** The embedded document of a level-1 CDA is not readable base64, or not a PDF. */
    CDA_0026,
    /** The document could not be read from its file. Args: the file name. */
    CDA_0027,

    // --- rendering ---
    /** The PDF rendering of a document failed. */
    CDA_0030;

    @Override
    public String bundle() {
        return "i18n.cda";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
