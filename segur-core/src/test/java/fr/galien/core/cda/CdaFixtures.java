package fr.galien.core.cda;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.Sex;
import fr.galien.core.pdf.PdfLayout;
import fr.galien.core.pdf.PdfMetadata;
import fr.galien.core.pdf.TextStyle;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Invented practices, professionals and patients for the CDA tests (no real person's data). */
public final class CdaFixtures {

    public static final Instant NOW = Instant.parse("2026-03-12T10:17:00Z");

    private CdaFixtures() {
    }

    /** PAT-TROIS DOMINIQUE MARIE-LOUISE, the ANS example identity, under the test NIR OID (.10). */
    public static QualifiedIns patient() {
        return ins("279035121518989", "1.2.250.1.213.1.4.10");
    }

    public static QualifiedIns ins(String matricule, String oid) {
        return new QualifiedIns(UUID.fromString("00000000-0000-0000-0000-000000000042"), matricule, oid,
                new IdentityTraits("PAT-TROIS", List.of("DOMINIQUE", "MARIE-LOUISE"), Sex.F,
                        new BirthDate(1979, 3, 28), "51215"));
    }

    public static QualifiedIns withTraits(IdentityTraits traits) {
        return new QualifiedIns(UUID.randomUUID(), "279035121518989", "1.2.250.1.213.1.4.10", traits);
    }

    public static CdaOrganization cabinet() {
        return new CdaOrganization("1750803447", "Cabinet médical des Tilleuls", CdaCodes.FACILITY_CABINET,
                CdaCodes.SETTING_AMBULATORY, new CdaAddress("12", "Rue des Tilleuls", "63000", "CLERMONT-FERRAND"),
                "0473000000");
    }

    public static CdaOrganization pharmacy() {
        return new CdaOrganization("1630001234", "Pharmacie du Marché", CdaCodes.FACILITY_OFFICINE,
                CdaCodes.SETTING_AMBULATORY, new CdaAddress("3", "Place du Marché", "63000", "CLERMONT-FERRAND"),
                "0473111111");
    }

    public static CdaProfessional doctor() {
        return new CdaProfessional("899900000003", "Sophie", "LEROUX", CdaCodes.GENERAL_PRACTITIONER, "DR");
    }

    public static CdaProfessional pharmacist() {
        return new CdaProfessional("899900000001", "Claire", "MOREAU", CdaCodes.PHARMACIST_OWNER, null);
    }

    public static CdaHeader doctorHeader() {
        return new CdaHeader(patient(), null, null, doctor(), cabinet(), NOW, NOW, PracticeMode.DEMO,
                null);
    }

    public static CdaHeader pharmacistHeader() {
        return new CdaHeader(patient(), "MARTIN", null, pharmacist(), pharmacy(), NOW, NOW,
                PracticeMode.DEMO, null);
    }

    public static VsmContent vsm() {
        return new VsmContent(
                List.of(new VsmContent.Problem("Hypertension artérielle essentielle",
                                new CdaCode("I10", CdaCodes.CIM10, "Hypertension essentielle (primitive)"),
                                LocalDate.of(2019, 8, 11), null),
                        new VsmContent.Problem("Asthme", null, LocalDate.of(2001, 1, 1), null)),
                List.of(new VsmContent.Problem("Pyélonéphrite aiguë",
                        new CdaCode("N10", CdaCodes.CIM10, "Néphrite tubulo-interstitielle aiguë"),
                        LocalDate.of(2018, 4, 22), LocalDate.of(2018, 4, 30))),
                List.of(new VsmContent.Allergy("Pénicilline", new CdaCode("J01CE", CdaCodes.ATC,
                        "Pénicillines sensibles aux bêta-lactamases"), "Urticaire", LocalDate.of(2015, 6, 3))),
                List.of(new VsmContent.RiskFactor("Tabac", "10 paquets-années, sevré depuis 2020")),
                List.of(new VsmContent.Treatment("AMLODIPINE 5 mg, gélule",
                        new CdaCode("60234100", CdaCodes.CIS, "AMLODIPINE 5 mg, gélule"), "1 gélule le matin",
                        CdaCodes.ROUTE_ORAL, LocalDate.of(2019, 8, 11), "Hypertension artérielle")),
                List.of("Surveillance de la kaliémie"));
    }

    public static DispensationContent dispensation() {
        return new DispensationContent(null, List.of(
                new DispensationContent.Line("3400933516390", "PARACETAMOL 500 mg, comprimé, boîte de 16", 2,
                        "1 comprimé 3 fois par jour pendant 5 jours", true, "A12345"),
                new DispensationContent.Line("3400935693099", "AMLODIPINE 5 mg, gélule, boîte de 30", 1,
                        "", false, null)));
    }

    public static VaccinationContent vaccination() {
        return new VaccinationContent(List.of(new VaccinationContent.Vaccination(LocalDate.of(2026, 3, 12),
                new CdaCode("68747507", CdaCodes.CIS, "VACCIN GRIPPAL, suspension injectable en seringue préremplie"),
                new CdaCode("J07BB02", CdaCodes.ATC, "vaccin grippal inactivé, virion fragmenté"), "X9K21", 1,
                CdaCodes.ROUTE_INTRAMUSCULAR, "Aucune réaction immédiate")));
    }

    public static MedicationReviewContent medicationReview() {
        return new MedicationReviewContent(List.of(
                new MedicationReviewContent.Medication("AMLODIPINE 5 mg", "1 le matin", "Bonne observance"),
                new MedicationReviewContent.Medication("PARACETAMOL 500 mg", "à la demande", "Max 3 g par jour")),
                "Patiente autonome, pilulier hebdomadaire.", "Pas d'interaction relevée.");
    }

    /** A small PDF made with the shared PDF base. */
    public static byte[] letterPdf() {
        try (PdfLayout pdf = new PdfLayout(new PdfMetadata("Courrier", "Dr LEROUX", null, NOW))) {
            pdf.text("Cher confrère,", TextStyle.BODY);
            pdf.text("Je vous adresse Mme PAT-TROIS pour avis.", TextStyle.BODY);
            return pdf.toBytes();
        }
    }
}
