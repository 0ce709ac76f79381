package fr.galien.core.demo;

import fr.galien.core.cda.CdaCode;
import fr.galien.core.cda.CdaCodes;
import fr.galien.core.cda.CdaProfessional;
import fr.galien.core.cda.DispensationContent;
import fr.galien.core.cda.MedicationReviewContent;
import fr.galien.core.cda.VaccinationContent;
import fr.galien.core.cda.VsmContent;
import fr.galien.core.domain.PracticeProfile;
import java.time.LocalDate;
import java.util.List;

/**
 * Invented clinical content for the demo and training practices (no real person's data): what a VSM, a
 * dispensation, a vaccination note and a bilan partagé de médication say when the command line or the demo make one
 * without the practice's own records. The signing professionals are the sandbox's PSC test accounts.
 */
public final class DemoClinicalContent {

    private DemoClinicalContent() {
    }

    /** The sandbox's demo professional of a practice kind (the PSC simulator's test accounts). */
    public static CdaProfessional author(PracticeProfile profile) {
        if (profile == PracticeProfile.OFFICINE) {
            return new CdaProfessional("899900000001", "Claire", "TITULAIRETEST", CdaCodes.PHARMACIST_OWNER, null);
        }
        return new CdaProfessional("899900000003", "Sophie", "GENERALISTETEST",
                CdaCodes.authorSpecialty("10", null, "SM54"), "DR");
    }

    public static VsmContent vsm() {
        return new VsmContent(
                List.of(new VsmContent.Problem("Hypertension artérielle essentielle",
                                new CdaCode("I10", CdaCodes.CIM10, "Hypertension essentielle (primitive)"),
                                LocalDate.of(2019, 8, 11), null),
                        new VsmContent.Problem("Diabète de type 2",
                                new CdaCode("E11.9", CdaCodes.CIM10, "Diabète sucré de type 2, sans complication"),
                                LocalDate.of(2021, 2, 3), null)),
                List.of(new VsmContent.Problem("Appendicectomie", null, LocalDate.of(1998, 5, 1),
                        LocalDate.of(1998, 5, 10))),
                List.of(new VsmContent.Allergy("Pénicilline", new CdaCode("J01CE", CdaCodes.ATC,
                        "Pénicillines sensibles aux bêta-lactamases"), "Urticaire", LocalDate.of(2015, 6, 3))),
                List.of(new VsmContent.RiskFactor("Tabac", "Sevré depuis 2020 (15 paquets-années)")),
                List.of(new VsmContent.Treatment("AMLODIPINE 5 mg, gélule", null, "1 gélule le matin",
                                CdaCodes.ROUTE_ORAL, LocalDate.of(2019, 8, 11), "Hypertension artérielle"),
                        new VsmContent.Treatment("METFORMINE 1000 mg, comprimé", null, "1 comprimé matin et soir",
                                CdaCodes.ROUTE_ORAL, LocalDate.of(2021, 2, 3), "Diabète de type 2")),
                List.of("Fonction rénale à surveiller sous metformine"));
    }

    public static DispensationContent dispensation() {
        return new DispensationContent(null, List.of(
                new DispensationContent.Line("3400930000001", "PARACETAMOL 500 mg, comprimé, boîte de 16", 2,
                        "1 comprimé jusqu'à 3 fois par jour", true, "DEMO123"),
                new DispensationContent.Line("3400930000002", "AMLODIPINE 5 mg, gélule, boîte de 30", 1,
                        "1 gélule le matin", false, null)));
    }

    public static VaccinationContent vaccination(LocalDate date) {
        return new VaccinationContent(List.of(new VaccinationContent.Vaccination(date,
                new CdaCode("60000001", CdaCodes.CIS, "VACCIN GRIPPAL DÉMO, suspension injectable en seringue"),
                new CdaCode("J07BB02", CdaCodes.ATC, "vaccin grippal inactivé, virion fragmenté"), "DEMO-LOT-1", 1,
                CdaCodes.ROUTE_INTRAMUSCULAR, "")));
    }

    public static MedicationReviewContent medicationReview() {
        return new MedicationReviewContent(List.of(
                new MedicationReviewContent.Medication("AMLODIPINE 5 mg", "1 gélule le matin", "Bonne observance"),
                new MedicationReviewContent.Medication("METFORMINE 1000 mg", "1 matin et soir",
                        "Prises parfois oubliées le soir"),
                new MedicationReviewContent.Medication("PARACETAMOL 500 mg", "à la demande",
                        "Ne pas dépasser 3 g par jour")),
                "Patient autonome ; pilulier hebdomadaire proposé.",
                "Proposition au prescripteur : réévaluer l'horaire de la metformine.");
    }
}
