package fr.galien.dmp;

import java.util.Map;

/**
 * The PDSm / PDSm4DMP vocabulary the client writes and reads (specs §1.2–1.4): profile URLs, NOS code systems,
 * identifier systems, and the sandbox contract's own extension for the access status (ADR 0029).
 */
final class Pdsm {

    static final String PROFILE_BUNDLE =
            "https://interop.esante.gouv.fr/ig/fhir/pdsm/StructureDefinition/pdsm-comprehensive-provide-document-bundle";
    static final String PROFILE_DOCUMENT_REFERENCE =
            "https://interop.esante.gouv.fr/ig/fhir/pdsm/StructureDefinition/pdsm-comprehensive-document-reference";
    static final String PROFILE_SUBMISSION_SET =
            "https://interop.esante.gouv.fr/ig/fhir/pdsm/StructureDefinition/pdsm-submissionset-comprehensive";

    static final String EXT_DESIGNATION_TYPE = "https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-designationType";
    static final String EXT_SOURCE_ID = "https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-sourceId";
    static final String EXT_AUTHOR_ORG = "https://profiles.ihe.net/ITI/MHD/StructureDefinition/ihe-authorOrg";
    static final String EXT_IS_ARCHIVED =
            "https://interop.esante.gouv.fr/ig/fhir/pdsm/StructureDefinition/pdsm-ext-is-archived";
    static final String MHD_LIST_TYPES = "https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes";

    /** PDSm4DMP TD0.2 closure extension on Patient (specs §1.2). */
    static final String EXT_DMP_CLOSURE = "https://interop.esante.gouv.fr/ig/fhir/dmp/StructureDefinition/dmp-fermeture";
    static final String EXT_DMP_MES = "https://interop.esante.gouv.fr/ig/fhir/dmp/StructureDefinition/dmp-rattachement-mes";
    /**
     * The access status of the professional for this DMP (authorised / opposition / consent required). <b>Sandbox
     * contract</b>: the PDSm4DMP draft does not yet say how TD0.2 conveys it in FHIR (the legacy HL7v3 answer has an
     * AUTORISATION attention line); ours until the final spec is read (ADR 0029).
     */
    static final String EXT_SANDBOX_ACCESS = "urn:galien:sandbox:dmp:acces";

    static final String RFC3986 = "urn:ietf:rfc:3986";
    static final String OID_PS = "1.2.250.1.71.4.2.1";
    static final String OID_STRUCTURE = "1.2.250.1.71.4.2.2";

    static final String NOS = "https://mos.esante.gouv.fr/NOS/";
    static final String CLASS_SYSTEM = NOS + "TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument";
    static final String FACILITY_SYSTEM = NOS + "TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite";
    static final String PRACTICE_SETTING_SYSTEM = NOS + "TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice";
    static final String IHE_FORMAT_SYSTEM = NOS + "TRE_A11-IheFormatCode/FHIR/TRE-A11-IheFormatCode";
    static final String CISIS_FORMAT_SYSTEM = NOS + "TRE_A06-FormatCodeComplementaire/FHIR/TRE-A06-FormatCodeComplementaire";
    static final String PROFESSION_SYSTEM = NOS + "TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";
    static final String CONFIDENTIALITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String LOINC = "http://loinc.org";

    /** Code system OIDs of the CDA header and their FHIR URLs (specs §1.4). */
    private static final Map<String, String> SYSTEM_BY_OID = Map.of(
            "2.16.840.1.113883.6.1", LOINC,
            "1.2.250.1.213.1.1.4.12", NOS + "TRE_A05-TypeDocComplementaire/FHIR/TRE-A05-TypeDocComplementaire",
            "1.2.250.1.213.1.1.4.1", CLASS_SYSTEM);

    private Pdsm() {
    }

    /** The FHIR system URL of a CDA code system OID ({@code urn:oid:} when it has no NOS URL). */
    static String systemOf(String oid) {
        return SYSTEM_BY_OID.getOrDefault(oid, "urn:oid:" + oid);
    }

    /** IHE format codes ({@code urn:ihe:…}) are TRE_A11; the CI-SIS ones ({@code urn:asip:…}, {@code urn:ans:…}) TRE_A06. */
    static String formatSystemOf(String formatCode) {
        return formatCode.startsWith("urn:ihe:") ? IHE_FORMAT_SYSTEM : CISIS_FORMAT_SYSTEM;
    }

    /** {@code urn:oid:…} for an OID, {@code urn:uuid:…} kept, other ids as given (masterIdentifier, RFC 3986). */
    static String uri(String uniqueId) {
        if (uniqueId.startsWith("urn:")) {
            return uniqueId;
        }
        return "urn:oid:" + uniqueId;
    }

    /** The bare unique id of a masterIdentifier value. */
    static String bare(String uri) {
        if (uri == null) {
            return null;
        }
        return uri.startsWith("urn:oid:") ? uri.substring("urn:oid:".length()) : uri;
    }
}
