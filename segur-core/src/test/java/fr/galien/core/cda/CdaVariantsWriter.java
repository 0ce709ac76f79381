package fr.galien.core.cda;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Edge cases of each kind (empty lists, lunar birth date, born abroad, replacement, NIA…), for validate-cda. */
final class CdaVariantsWriter {

    private CdaVariantsWriter() {
    }

    static void writeAll(Path dir) throws Exception {
        Files.createDirectories(dir);
        QualifiedIns abroadLunar = new QualifiedIns(UUID.randomUUID(), "1090763220888" + "35", "1.2.250.1.213.1.4.9",
                new IdentityTraits("PROVISOIRE", List.of("MATRICULE"), Sex.M, new BirthDate(2009, 7, 0), "99134"));
        QualifiedIns indetermined = new QualifiedIns(UUID.randomUUID(), "297022A02077878", "1.2.250.1.213.1.4.8",
                new IdentityTraits("ADRTROIS", List.of("DOMINIQUE"), Sex.I, new BirthDate(1997, 0, 0), "2A020"));
        CdaOrganization bare = new CdaOrganization("3" + "12345678200010", "Cabinet sans adresse",
                CdaCodes.FACILITY_CABINET, CdaCodes.SETTING_AMBULATORY, null, null);
        CdaHeader h1 = new CdaHeader(abroadLunar, "DURAND", "MATT", CdaFixtures.doctor(), bare,
                CdaFixtures.NOW, CdaFixtures.NOW.minusSeconds(1800), PracticeMode.TRAINING,
                CdaVersion.replacing(CdaVersion.newOid(), CdaVersion.newOid(), 3));
        Files.write(dir.resolve("vsm-empty.xml"), ClinicalDocuments.vsm(h1,
                new VsmContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of())).xml());
        VsmContent sparse = new VsmContent(
                List.of(new VsmContent.Problem("Diabète", null, null, LocalDateHolder.END)),
                List.of(new VsmContent.Problem("Fracture", null, null, null)),
                List.of(new VsmContent.Allergy("Pollen", null, null, null)),
                List.of(new VsmContent.RiskFactor("Alcool", null)),
                List.of(new VsmContent.Treatment("Metformine", null, null, null, null, null)),
                List.of());
        CdaHeader h2 = new CdaHeader(indetermined, null, null, CdaFixtures.doctor(), bare, CdaFixtures.NOW,
                null, PracticeMode.REAL, null);
        Files.write(dir.resolve("vsm-sparse.xml"), ClinicalDocuments.vsm(h2, sparse).xml());
        Files.write(dir.resolve("disp-rx.xml"), ClinicalDocuments.dispensation(h2.withVersion(CdaVersion.first()),
                new DispensationContent(CdaVersion.newOid(), List.of(new DispensationContent.Line("3400930000001",
                        "DOLIPRANE 1000 mg", 3, "", false, "")))).xml());
        Files.write(dir.resolve("vac-min.xml"), ClinicalDocuments.vaccinationNote(h1,
                new VaccinationContent(List.of(new VaccinationContent.Vaccination(java.time.LocalDate.of(2026, 1, 2),
                        new CdaCode("60234100", CdaCodes.CIS, "VACCIN X"), new CdaCode("J07BB02", CdaCodes.ATC, "vaccin grippal"), null, 0, null, null)))).xml());
        Files.write(dir.resolve("n1-replace.xml"), ClinicalDocuments.pdf(h1, CdaCodes.TYPE_PRESCRIPTION,
                "Ordonnance", CdaFixtures.letterPdf()).xml());
    }

    /** A fixed end date for an ended "current" pathology. */
    private static final class LocalDateHolder {
        static final java.time.LocalDate END = java.time.LocalDate.of(2024, 1, 1);
    }

    public static void main(String[] args) throws Exception {
        writeAll(Path.of(args[0]));
    }
}
