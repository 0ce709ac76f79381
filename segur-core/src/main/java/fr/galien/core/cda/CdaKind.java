package fr.galien.core.cda;

/**
 * The kinds of clinical documents Galien writes, with what the DMP metadata needs from each (specs §1.4, §1.7).
 * Level 3 (structured body) for the volets available offline with their schematron; level 1 (a PDF in
 * {@code nonXMLBody}) for everything else, including the bilan partagé de médication, whose volet does not exist.
 */
public enum CdaKind {
    /** Volet de synthèse médicale 1.4 (the doctor's medical summary). */
    VSM("urn:asip:ci-sis:vsm:2012", "1.2.250.1.213.1.1.1.13", "201310", false),
    /** eDISP-MED 2024.01 (the pharmacist's dispensation). */
    DISPENSATION("urn:ihe:pharm:dis:2010", "1.2.250.1.213.1.1.1.54", "2024.01", false),
    /** VAC-NOTE 2023.01 (one vaccination act, written by the vaccinator). */
    VACCINATION_NOTE("urn:asip:ci-sis:vac-note:2021", "1.2.250.1.213.1.1.1.46", "2023.01", false),
    /** Bilan partagé de médication: level 1, type 56445-0. */
    MEDICATION_REVIEW("urn:ihe:iti:xds-sd:pdf:2008", null, null, true),
    /** Any PDF (ordonnance, letter, scanned document) wrapped in a level-1 CDA. */
    PDF("urn:ihe:iti:xds-sd:pdf:2008", null, null, true);

    private final String formatCode;
    private final String templateRoot;
    private final String templateExtension;
    private final boolean level1;

    CdaKind(String formatCode, String templateRoot, String templateExtension, boolean level1) {
        this.formatCode = formatCode;
        this.templateRoot = templateRoot;
        this.templateExtension = templateExtension;
        this.level1 = level1;
    }

    /** The DMP {@code formatCode} (JDV_J60). */
    public String formatCode() {
        return formatCode;
    }

    /** The volet's document templateId root, null for level 1. */
    public String templateRoot() {
        return templateRoot;
    }

    public String templateExtension() {
        return templateExtension;
    }

    /** True when the body is a PDF ({@code nonXMLBody}). */
    public boolean level1() {
        return level1;
    }

    /** The DMP {@code classCode} (TRE_A03) of a type code, per ASS_X04 (specs §1.4); 10 (compte rendu) otherwise. */
    public static String classCodeOf(CdaCode type) {
        return switch (type.code()) {
            case "SYNTH", "56445-0", "60591-5", "34133-9" -> "11";
            case "57833-6", "61357-0", "75468-9", "57828-6", "57832-8" -> "42";
            case "60593-1", "DISP_AUT" -> "43";
            case "87273-9", "11369-6", "89601-9" -> "52";
            case "18748-4" -> "31";
            default -> "10";
        };
    }
}
