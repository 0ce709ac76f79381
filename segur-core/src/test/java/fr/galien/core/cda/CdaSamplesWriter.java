package fr.galien.core.cda;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one document of each kind to a folder (used by the conformance test and by hand with validate-cda). */
final class CdaSamplesWriter {

    private CdaSamplesWriter() {
    }

    static void writeAll(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("vsm.xml"), ClinicalDocuments.vsm(CdaFixtures.doctorHeader(), CdaFixtures.vsm()).xml());
        Files.write(dir.resolve("disp.xml"), ClinicalDocuments.dispensation(CdaFixtures.pharmacistHeader(),
                CdaFixtures.dispensation()).xml());
        Files.write(dir.resolve("vac.xml"), ClinicalDocuments.vaccinationNote(CdaFixtures.pharmacistHeader(),
                CdaFixtures.vaccination()).xml());
        Files.write(dir.resolve("bpm.xml"), ClinicalDocuments.medicationReview(CdaFixtures.pharmacistHeader(),
                CdaFixtures.medicationReview()).xml());
        Files.write(dir.resolve("n1.xml"), ClinicalDocuments.pdf(CdaFixtures.doctorHeader(),
                CdaCodes.TYPE_CONSULTATION_REPORT, "Compte rendu de consultation", CdaFixtures.letterPdf()).xml());
    }

    public static void main(String[] args) throws Exception {
        writeAll(Path.of(args[0]));
    }
}
