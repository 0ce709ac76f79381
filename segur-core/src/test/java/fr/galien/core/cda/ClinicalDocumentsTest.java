package fr.galien.core.cda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ClinicalDocumentsTest {

    @Test
    void aFirstVersionHasItsOwnSetIdAndVersionOne() {
        CdaDocument doc = ClinicalDocuments.vsm(CdaFixtures.doctorHeader(), CdaFixtures.vsm());

        assertThat(doc.version().version()).isEqualTo(1);
        assertThat(doc.version().setId()).isNotEqualTo(doc.uniqueId()).startsWith("2.25.");
        assertThat(xml(doc)).contains("<setId root=\"" + doc.version().setId() + "\"/>")
                .contains("<versionNumber value=\"1\"/>").doesNotContain("relatedDocument");
    }

    @Test
    void aReplacementKeepsTheSetIdTakesTheNextVersionAndNamesTheOneItReplaces() {
        CdaDocument first = ClinicalDocuments.vsm(CdaFixtures.doctorHeader(), CdaFixtures.vsm());
        CdaVersion next = CdaVersion.replacing(first.uniqueId(), first.version().setId(), first.version().version());

        CdaDocument second = ClinicalDocuments.vsm(CdaFixtures.doctorHeader().withVersion(next), CdaFixtures.vsm());

        assertThat(second.uniqueId()).isNotEqualTo(first.uniqueId());
        assertThat(second.version().setId()).isEqualTo(first.version().setId());
        assertThat(xml(second)).contains("<versionNumber value=\"2\"/>")
                .contains("<relatedDocument typeCode=\"RPLC\"><parentDocument><id root=\"" + first.uniqueId()
                        + "\"/></parentDocument></relatedDocument>");
    }

    @Test
    void theHeaderCarriesTheInsTheAuthorByRppsAndThePractice() {
        String xml = xml(ClinicalDocuments.dispensation(CdaFixtures.pharmacistHeader(), CdaFixtures.dispensation()));

        assertThat(xml).contains("<realmCode code=\"FR\"/>")
                .contains("<id root=\"1.2.250.1.213.1.4.10\" extension=\"279035121518989\"/>")
                .contains("<family qualifier=\"BR\">PAT-TROIS</family>")
                .contains("<given>DOMINIQUE MARIE-LOUISE</given>")
                .contains("<given qualifier=\"BR\">DOMINIQUE</given>")
                .contains("<family qualifier=\"CL\">MARTIN</family>")
                .contains("<birthTime value=\"19790328\"/>")
                .contains("<county>51215</county>")
                .contains("<id root=\"1.2.250.1.71.4.2.1\" extension=\"899900000001\"/>")
                .contains("code=\"G15_21/A\"")
                .contains("<confidentialityCode code=\"N\"")
                .contains("<languageCode code=\"fr-FR\"/>")
                .contains("<signatureCode code=\"S\"/>")
                .contains("code=\"SA33\"").contains("code=\"AMBULATOIRE\"")
                .contains("<effectiveTime value=\"20260312111700+0100\"/>");
    }

    @Test
    void textsAreEscapedSoNoValueChangesTheDocument() {
        CdaDocument doc = ClinicalDocuments.dispensation(CdaFixtures.pharmacistHeader(), new DispensationContent(null,
                List.of(new DispensationContent.Line("3400930000001", "X</name><evil/>&amp;", 1, "", false, null))));

        ReceivedCda read = CdaReader.read(doc.xml());

        assertThat(xml(doc)).doesNotContain("<evil/>");
        assertThat(read.sections().get(0).rows().get(0).get(0)).isEqualTo("X</name><evil/>&amp;");
    }

    @Test
    void theBilanPartageDeMedicationIsALevelOnePdfOfType56445() throws Exception {
        CdaDocument bpm = ClinicalDocuments.medicationReview(CdaFixtures.pharmacistHeader(),
                CdaFixtures.medicationReview());

        assertThat(bpm.kind().level1()).isTrue();
        assertThat(bpm.type().code()).isEqualTo("56445-0");
        assertThat(bpm.classCode()).isEqualTo("11");
        assertThat(bpm.formatCode()).isEqualTo("urn:ihe:iti:xds-sd:pdf:2008");
        assertThat(xml(bpm)).contains("<templateId root=\"1.3.6.1.4.1.19376.1.2.20\"/>")
                .contains("<text mediaType=\"application/pdf\" representation=\"B64\">");
        assertThat(CdaReader.read(bpm.xml()).pdf()).hasValueSatisfying(p -> assertThat(p).isEqualTo(bpm.pdf()));
        assertThat(text(bpm.pdf())).contains("Bilan partagé de médication").contains("AMLODIPINE 5 mg")
                .contains("279035121518989");
    }

    @Test
    void everyStructuredDocumentComesWithAPdfARendering() throws Exception {
        for (CdaDocument doc : List.of(
                ClinicalDocuments.vsm(CdaFixtures.doctorHeader(), CdaFixtures.vsm()),
                ClinicalDocuments.dispensation(CdaFixtures.pharmacistHeader(), CdaFixtures.dispensation()),
                ClinicalDocuments.vaccinationNote(CdaFixtures.pharmacistHeader(), CdaFixtures.vaccination()))) {
            String pdf = new String(doc.pdf(), StandardCharsets.ISO_8859_1);
            assertThat(pdf).startsWith("%PDF-").contains("pdfaid:part");
            assertThat(text(doc.pdf())).contains(doc.title()).contains("PAT-TROIS");
        }
    }

    @Test
    void aLevelOneDocumentWrapsThePdfAsIs() {
        byte[] pdf = CdaFixtures.letterPdf();

        CdaDocument doc = ClinicalDocuments.pdf(CdaFixtures.doctorHeader(), CdaCodes.TYPE_CONSULTATION_REPORT,
                "Courrier", pdf);

        assertThat(doc.pdf()).isEqualTo(pdf);
        assertThat(xml(doc)).contains(java.util.Base64.getEncoder().encodeToString(pdf));
    }

    @Test
    void refusesWhatIsNotAPdfOrTooLarge() {
        assertThatThrownBy(() -> ClinicalDocuments.pdf(CdaFixtures.doctorHeader(), CdaCodes.TYPE_PRESCRIPTION, "x",
                "<html>".getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0009"));
        byte[] huge = new byte[ClinicalDocuments.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertThatThrownBy(() -> ClinicalDocuments.pdf(CdaFixtures.doctorHeader(), CdaCodes.TYPE_PRESCRIPTION, "x",
                huge)).isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0010"));
    }

    @Test
    void refusesAnAuthorWithoutRppsAndAPracticeWithoutNationalId() {
        CdaHeader h = CdaFixtures.doctorHeader();
        CdaProfessional adeli = new CdaProfessional("0123456789", "A", "B", CdaCodes.NURSE, null);
        CdaHeader noRpps = new CdaHeader(h.ins(), null, null, adeli, h.organization(), h.effectiveTime(), null,
                h.mode(), null);
        CdaOrganization anonymous = new CdaOrganization(null, "Cabinet", CdaCodes.FACILITY_CABINET,
                CdaCodes.SETTING_AMBULATORY, null, null);
        CdaHeader noId = new CdaHeader(h.ins(), null, null, h.author(), anonymous, h.effectiveTime(), null,
                h.mode(), null);

        assertThatThrownBy(() -> ClinicalDocuments.vsm(noRpps, CdaFixtures.vsm()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0006"));
        assertThatThrownBy(() -> ClinicalDocuments.vsm(noId, CdaFixtures.vsm()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0007"));
    }

    @Test
    void refusesADispensationWithoutLinesAndABrokenVersionChain() {
        assertThatThrownBy(() -> ClinicalDocuments.dispensation(CdaFixtures.pharmacistHeader(),
                new DispensationContent(null, List.of()))).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo("CDA-0011"));
        assertThatThrownBy(() -> CdaVersion.replacing(null, "2.25.1", 1)).isInstanceOfSatisfying(
                SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0008"));
        assertThatThrownBy(() -> new CdaVersion("2.25.1", "2.25.2", 2, null)).isInstanceOfSatisfying(
                SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0008"));
    }

    @Test
    void onlyADoctorWritesTheMedicalSummary() {
        CdaHeader h = CdaFixtures.pharmacistHeader();

        assertThatThrownBy(() -> ClinicalDocuments.vsm(h, CdaFixtures.vsm())).isInstanceOfSatisfying(
                SegurException.class, e -> assertThat(e.code()).isEqualTo("CDA-0013"));
    }

    @Test
    void theDmpMetadataFollowsTheTypeCode() {
        assertThat(ClinicalDocuments.vsm(CdaFixtures.doctorHeader(), CdaFixtures.vsm()).classCode()).isEqualTo("11");
        assertThat(ClinicalDocuments.dispensation(CdaFixtures.pharmacistHeader(), CdaFixtures.dispensation())
                .classCode()).isEqualTo("43");
        assertThat(ClinicalDocuments.vaccinationNote(CdaFixtures.pharmacistHeader(), CdaFixtures.vaccination())
                .formatCode()).isEqualTo("urn:asip:ci-sis:vac-note:2021");
    }

    private static String xml(CdaDocument doc) {
        return new String(doc.xml(), StandardCharsets.UTF_8);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
