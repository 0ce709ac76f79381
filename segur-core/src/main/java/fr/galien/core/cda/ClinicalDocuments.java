package fr.galien.core.cda;

import fr.galien.core.error.SegurException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes the clinical documents Galien sends (CDA R2 per the ANS CI-SIS, specs §1.7) with their PDF rendering:
 * <ul>
 *   <li>level 3: the doctor's medical summary ({@link #vsm}, VSM 1.4), the pharmacist's dispensation
 *       ({@link #dispensation}, eDISP-MED 2024.01), the vaccination note ({@link #vaccinationNote}, VAC-NOTE
 *       2023.01);</li>
 *   <li>level 1: any PDF ({@link #pdf}: ordonnance, letter, scanned document) and the bilan partagé de médication
 *       ({@link #medicationReview}, rendered to PDF then wrapped, type 56445-0: no volet exists for it).</li>
 * </ul>
 * Every document is refused before it is written when its INS breaks {@link CdaInsRules}, its author is not named by
 * 8 + RPPS, or the practice has no national structure id. Stateless and thread-safe.
 */
public final class ClinicalDocuments {

    /** The largest PDF wrapped in a level-1 document. */
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    private static final String PDF_MEDIA_TYPE = "application/pdf";

    private ClinicalDocuments() {
    }

    /** The VSM (volet de synthèse médicale 1.4), written by the médecin traitant. */
    public static CdaDocument vsm(CdaHeader h, VsmContent content) {
        checkHeader(h);
        if (!h.author().specialty().code().startsWith("G15_10")) {
            throw new SegurException(CdaError.CDA_0013);
        }
        String title = "Synthèse médicale";
        CdaXml x = start();
        CdaHeaderWriter.write(x, h, new CdaHeaderWriter.Shape(
                List.<String[]>of(new String[]{CdaKind.VSM.templateRoot(), CdaKind.VSM.templateExtension()}),
                CdaCodes.TYPE_VSM, title, new CdaCode("34117-2", CdaCodes.LOINC, "Historique et clinique"), true,
                null));
        List<CdaSection> sections = VsmBody.write(x, content);
        return finish(x, CdaKind.VSM, h, CdaCodes.TYPE_VSM, title, sections, CdaPdf.render(h, title, sections));
    }

    /** The dispensation (eDISP-MED 2024.01), written by the pharmacist. */
    public static CdaDocument dispensation(CdaHeader h, DispensationContent content) {
        checkHeader(h);
        if (content.lines().isEmpty()) {
            throw new SegurException(CdaError.CDA_0011, "aucune ligne délivrée");
        }
        String title = "Dispensation médicamenteuse";
        CdaXml x = start();
        CdaHeaderWriter.write(x, h, new CdaHeaderWriter.Shape(List.of(
                new String[]{"1.3.6.1.4.1.19376.1.5.3.1.1.1"}, new String[]{"1.3.6.1.4.1.19376.1.9.1.1.3"},
                new String[]{CdaKind.DISPENSATION.templateRoot(), CdaKind.DISPENSATION.templateExtension()}),
                CdaCodes.TYPE_DISPENSATION, title, CdaCodes.TYPE_DISPENSATION, false, content.prescriptionId()));
        List<CdaSection> sections = DispensationBody.write(x, content);
        return finish(x, CdaKind.DISPENSATION, h, CdaCodes.TYPE_DISPENSATION, title, sections,
                CdaPdf.render(h, title, sections));
    }

    /** The vaccination note (VAC-NOTE 2023.01), written by the vaccinator (doctor, pharmacist, nurse, midwife). */
    public static CdaDocument vaccinationNote(CdaHeader h, VaccinationContent content) {
        checkHeader(h);
        if (content.vaccinations().isEmpty()) {
            throw new SegurException(CdaError.CDA_0011, "aucune vaccination");
        }
        String title = "Note de vaccination";
        CdaXml x = start();
        CdaHeaderWriter.write(x, h, new CdaHeaderWriter.Shape(List.of(
                new String[]{"1.3.6.1.4.1.19376.1.5.3.1.1.18.1.2"},
                new String[]{CdaKind.VACCINATION_NOTE.templateRoot(), CdaKind.VACCINATION_NOTE.templateExtension()}),
                CdaCodes.TYPE_VACCINATION_NOTE, title, CdaCodes.TYPE_VACCINATION_NOTE, false, null));
        List<CdaSection> sections = VaccinationBody.write(x, h, content);
        return finish(x, CdaKind.VACCINATION_NOTE, h, CdaCodes.TYPE_VACCINATION_NOTE, title, sections,
                CdaPdf.render(h, title, sections));
    }

    /**
     * The bilan partagé de médication: rendered to PDF/A then wrapped as a level-1 document of type 56445-0
     * « Bilan médicamenteux (Officine) » (REM SC.DOC.02.LGO; no structured volet is published for it).
     */
    public static CdaDocument medicationReview(CdaHeader h, MedicationReviewContent content) {
        checkHeader(h);
        if (content.medications().isEmpty()) {
            throw new SegurException(CdaError.CDA_0011, "aucun médicament examiné");
        }
        String title = "Bilan partagé de médication";
        List<List<String>> rows = new ArrayList<>();
        for (MedicationReviewContent.Medication m : content.medications()) {
            rows.add(List.of(m.label(), m.posology(), m.remark()));
        }
        List<CdaSection> sections = new ArrayList<>();
        sections.add(CdaSection.table("Médicaments examinés", List.of("Médicament", "Posologie", "Remarque"), rows));
        if (!content.observations().isBlank()) {
            sections.add(CdaSection.text("Observations", List.of(content.observations())));
        }
        if (!content.conclusions().isBlank()) {
            sections.add(CdaSection.text("Conclusions et propositions au prescripteur",
                    List.of(content.conclusions())));
        }
        byte[] pdf = CdaPdf.render(h, title, sections);
        return level1(CdaKind.MEDICATION_REVIEW, h, CdaCodes.TYPE_MEDICATION_REVIEW, title, pdf, sections);
    }

    /**
     * Any PDF wrapped in a level-1 CDA (IHE XDS-SD, {@code nonXMLBody}, base64): an ordonnance, a letter, a
     * scanned document.
     *
     * @param type a JDV_J07 type code (e.g. {@link CdaCodes#TYPE_CONSULTATION_REPORT})
     */
    public static CdaDocument pdf(CdaHeader h, CdaCode type, String title, byte[] pdf) {
        checkHeader(h);
        checkPdf(pdf);
        List<CdaSection> sections = List.of(CdaSection.text(title, List.of("Document PDF joint ("
                + Math.max(1, pdf.length / 1024) + " Ko).")));
        return level1(CdaKind.PDF, h, type, title, pdf, sections);
    }

    private static CdaDocument level1(CdaKind kind, CdaHeader h, CdaCode type, String title, byte[] pdf,
                                      List<CdaSection> sections) {
        CdaXml x = start();
        CdaHeaderWriter.write(x, h, new CdaHeaderWriter.Shape(
                List.<String[]>of(new String[]{CdaHeaderWriter.XDS_SD_TEMPLATE}), type, title, null, false, null));
        x.start("component").start("nonXMLBody");
        x.start("text").attr("mediaType", PDF_MEDIA_TYPE).attr("representation", "B64")
                .text(Base64.getEncoder().encodeToString(pdf)).end();
        x.end().end();
        return finish(x, kind, h, type, title, sections, pdf);
    }

    private static CdaXml start() {
        CdaXml x = new CdaXml(16 * 1024);
        x.root("ClinicalDocument", false);
        return x;
    }

    private static CdaDocument finish(CdaXml x, CdaKind kind, CdaHeader h, CdaCode type, String title,
                                      List<CdaSection> sections, byte[] pdf) {
        x.end();
        return new CdaDocument(kind, h.version(), type, title, h.effectiveTime(), x.finish(), sections, pdf);
    }

    /** The rules every header obeys before anything is written. */
    static void checkHeader(CdaHeader h) {
        CdaInsRules.check(h.ins(), h.mode());
        if (!CdaProfessional.isRppsNationalId(h.author().nationalId())) {
            throw new SegurException(CdaError.CDA_0006);
        }
        if (h.organization().nationalId() == null || h.organization().nationalId().isBlank()) {
            throw new SegurException(CdaError.CDA_0007);
        }
    }

    static void checkPdf(byte[] pdf) {
        if (pdf == null || pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F'
                || pdf[4] != '-') {
            throw new SegurException(CdaError.CDA_0009);
        }
        if (pdf.length > MAX_PDF_BYTES) {
            throw new SegurException(CdaError.CDA_0010, Math.round(pdf.length / 1048576.0),
                    MAX_PDF_BYTES / 1048576);
        }
    }
}
