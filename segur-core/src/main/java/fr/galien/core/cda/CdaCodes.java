package fr.galien.core.cda;

/**
 * Code systems and the codes of the CI-SIS value sets our documents use (specs §1.4, §1.7; value sets JDV_J01,
 * J02, J04, J07 as the ANS TestContenuCDA 3.0 publishes them).
 */
public final class CdaCodes {

    public static final String LOINC = "2.16.840.1.113883.6.1";
    public static final String CIM10 = "2.16.840.1.113883.6.3";
    public static final String SNOMED = "2.16.840.1.113883.6.96";
    public static final String ATC = "2.16.840.1.113883.6.73";
    public static final String EDQM = "0.4.0.127.0.16.1.1.2.1";
    /** CIS: code identifiant de spécialité (BDPM). */
    public static final String CIS = "1.2.250.1.213.2.3.1";
    /** CIP: code identifiant de présentation (13 digits). */
    public static final String CIP = "1.2.250.1.213.2.3.2";
    /** TRE_G15 / TRE_R38 profession and specialty of the author (JDV_J01). */
    public static final String AUTHOR_SPECIALTY = "1.2.250.1.213.1.1.4.5";
    /** TRE_R02 healthcare facility type (JDV_J02). */
    public static final String FACILITY_TYPE = "1.2.250.1.71.4.2.4";
    /** practiceSettingCode (JDV_J04). */
    public static final String PRACTICE_SETTING = "1.2.250.1.213.1.1.4.9";
    /** ANS codes outside LOINC (e.g. SYNTH). */
    public static final String ANS_DOCUMENT_TYPES = "1.2.250.1.213.1.1.4.12";

    // --- document types (JDV_J07) ---
    public static final CdaCode TYPE_VSM = new CdaCode("SYNTH", ANS_DOCUMENT_TYPES, "Synthèse");
    public static final CdaCode TYPE_DISPENSATION = new CdaCode("60593-1", LOINC, "Dispensation médicamenteuse");
    public static final CdaCode TYPE_VACCINATION_NOTE = new CdaCode("87273-9", LOINC, "Note de vaccination");
    /** The bilan partagé de médication: no structured volet, a level-1 PDF (REM SC.DOC.02.LGO). */
    public static final CdaCode TYPE_MEDICATION_REVIEW = new CdaCode("56445-0", LOINC, "Bilan médicamenteux (Officine)");
    public static final CdaCode TYPE_CONSULTATION_REPORT =
            new CdaCode("11488-4", LOINC, "CR ou fiche de consultation ou de visite");
    public static final CdaCode TYPE_PRESCRIPTION = new CdaCode("57833-6", LOINC, "Prescription de produits de santé");
    public static final CdaCode TYPE_PHARMACEUTICAL_INTERVIEW =
            new CdaCode("78601-2", LOINC, "CR d'entretien pharmaceutique");

    // --- structures (JDV_J02, JDV_J04) ---
    public static final CdaCode FACILITY_CABINET = new CdaCode("SA07", FACILITY_TYPE, "Cabinet individuel");
    public static final CdaCode FACILITY_OFFICINE = new CdaCode("SA33", FACILITY_TYPE, "Pharmacie d'officine");
    public static final CdaCode SETTING_AMBULATORY = new CdaCode("AMBULATOIRE", PRACTICE_SETTING, "Ambulatoire");

    // --- authors (JDV_J01) ---
    public static final CdaCode GENERAL_PRACTITIONER =
            new CdaCode("G15_10/SM26", AUTHOR_SPECIALTY, "Médecin - Qualifié en Médecine Générale (SM)");
    public static final CdaCode PHYSICIAN = new CdaCode("G15_10", AUTHOR_SPECIALTY, "Médecin");
    public static final CdaCode PHARMACIST = new CdaCode("G15_21", AUTHOR_SPECIALTY, "Pharmacien");
    public static final CdaCode PHARMACIST_OWNER =
            new CdaCode("G15_21/A", AUTHOR_SPECIALTY, "Pharmacien titulaire d'officine");
    public static final CdaCode PHARMACIST_ASSISTANT =
            new CdaCode("G15_21/D", AUTHOR_SPECIALTY, "Pharmacien adjoint, remplaçant ou gérant");
    public static final CdaCode MIDWIFE = new CdaCode("G15_50", AUTHOR_SPECIALTY, "Sage-Femme");
    public static final CdaCode NURSE = new CdaCode("G15_60", AUTHOR_SPECIALTY, "Infirmier");

    // --- routes (EDQM) ---
    public static final CdaCode ROUTE_ORAL = new CdaCode("20053000", EDQM, "Voie orale");
    public static final CdaCode ROUTE_INTRAMUSCULAR = new CdaCode("20035000", EDQM, "Voie intramusculaire");
    public static final CdaCode ROUTE_SUBCUTANEOUS = new CdaCode("20066000", EDQM, "Voie sous-cutanée");

    /** A doctor's JDV_J01 code: G15_10/SMxx when PSC gives the savoir-faire (SM26, SM53, SM54 are general practice). */
    private static CdaCode physician(String savoirFaire) {
        String sf = savoirFaire == null ? "" : savoirFaire.strip();
        return switch (sf) {
            case "", "SM26" -> GENERAL_PRACTITIONER;
            case "SM53" -> new CdaCode("G15_10/SM53", AUTHOR_SPECIALTY,
                    "Médecin - Spécialiste en Médecine Générale (SM)");
            case "SM54" -> new CdaCode("G15_10/SM54", AUTHOR_SPECIALTY, "Médecin - Médecine Générale (SM)");
            default -> sf.matches("SM\\d{2}")
                    ? new CdaCode("G15_10/" + sf, AUTHOR_SPECIALTY, "Médecin (" + sf + ")") : PHYSICIAN;
        };
    }

    private CdaCodes() {
    }

    /**
     * The JDV_J01 code of a professional from the profession and section PSC gives ({@code SubjectRefPro}: TRE_G15
     * profession, {@code codeSectionPharmacien}, savoir-faire): the specialty when we know it, else the profession.
     */
    public static CdaCode authorSpecialty(String professionCode, String pharmacistSection, String savoirFaire) {
        String profession = professionCode == null ? "" : professionCode.strip();
        return switch (profession) {
            case "10" -> physician(savoirFaire);
            case "21" -> switch (pharmacistSection == null ? "" : pharmacistSection.strip()) {
                case "A" -> PHARMACIST_OWNER;
                case "D" -> PHARMACIST_ASSISTANT;
                default -> PHARMACIST;
            };
            case "50" -> MIDWIFE;
            case "60" -> NURSE;
            default -> new CdaCode("G15_" + profession, AUTHOR_SPECIALTY, "Professionnel de santé");
        };
    }
}
