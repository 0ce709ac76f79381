package fr.galien.core.cda;

import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsOid;
import fr.galien.core.pdf.PdfLayout;
import fr.galien.core.pdf.PdfMetadata;
import fr.galien.core.pdf.TextStyle;
import fr.galien.core.port.IdentityTraits;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PDF rendering of a clinical document (PDF/A-2b, fonts embedded, through the shared {@link PdfLayout}): the
 * title, the practice and the author, the patient as REM 32 wants printed documents to show them (birth name,
 * first names, sex, birth date, the INS matricule and its nature), then each section's text and tables. The same
 * sections as the CDA's human-readable part, so the paper and the CDA say the same thing.
 */
public final class CdaPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    private CdaPdf() {
    }

    public static byte[] render(CdaHeader h, String title, List<CdaSection> sections) {
        String author = (h.author().givenName() + " " + h.author().familyName()).strip();
        try (PdfLayout pdf = new PdfLayout(new PdfMetadata(title, author, title, h.effectiveTime()))) {
            pdf.footer(title + " — " + h.organization().name());
            pdf.text(title, TextStyle.TITLE);
            pdf.rule();
            List<PdfLayout.Line> practice = new ArrayList<>();
            practice.add(PdfLayout.Line.of(h.organization().name(), TextStyle.BODY_BOLD));
            if (h.organization().address() != null) {
                CdaAddress a = h.organization().address();
                practice.add(PdfLayout.Line.of(join(a.houseNumber(), a.streetName()), TextStyle.BODY));
                practice.add(PdfLayout.Line.of(join(a.postalCode(), a.city()), TextStyle.BODY));
            }
            practice.add(PdfLayout.Line.of(author + " — " + h.author().specialty().display(), TextStyle.BODY));
            practice.add(PdfLayout.Line.of("RPPS " + rpps(h.author().nationalId()), TextStyle.SMALL));
            IdentityTraits t = h.ins().traits();
            List<PdfLayout.Line> patient = new ArrayList<>();
            patient.add(PdfLayout.Line.of(t.birthName().toUpperCase(Locale.FRENCH) + " " + String.join(" ",
                    t.firstNames()), TextStyle.BODY_BOLD));
            if (h.usedName() != null && !h.usedName().isBlank()) {
                patient.add(PdfLayout.Line.of("Nom utilisé : " + h.usedName(), TextStyle.BODY));
            }
            patient.add(PdfLayout.Line.of(t.sex().label() + ", né·e le " + t.birthDate().toFrench(), TextStyle.BODY));
            patient.add(PdfLayout.Line.of("INS (" + nature(h.ins().oid()) + ") : " + h.ins().matricule(),
                    TextStyle.BODY));
            patient.add(PdfLayout.Line.of("Le " + WHEN.format(h.effectiveTime().atZone(CdaHeaderWriter.PARIS)),
                    TextStyle.SMALL));
            pdf.sideBySide(practice, patient);
            pdf.rule();
            for (CdaSection section : sections) {
                section(pdf, section, 0);
            }
            return pdf.toBytes();
        } catch (RuntimeException e) {
            throw new SegurException(CdaError.CDA_0030, e);
        }
    }

    private static void section(PdfLayout pdf, CdaSection s, int level) {
        if (!s.title().isBlank()) {
            if (level == 0) {
                pdf.heading(s.title());
            } else {
                pdf.space(2f).text(s.title(), TextStyle.BODY_BOLD);
            }
        }
        for (String paragraph : s.paragraphs()) {
            pdf.text(paragraph, TextStyle.BODY);
        }
        for (List<String> row : s.rows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                if (line.length() > 0) {
                    line.append(" · ");
                }
                if (i < s.columns().size() && s.columns().size() > 1) {
                    line.append(s.columns().get(i)).append(" : ");
                }
                line.append(cell);
            }
            pdf.indent(10f).text("• " + line, TextStyle.BODY).indent(-10f);
        }
        pdf.indent(8f);
        for (CdaSection child : s.sections()) {
            section(pdf, child, level + 1);
        }
        pdf.indent(-8f);
    }

    private static String nature(String oid) {
        return InsOid.NIA.equals(oid) ? "NIA" : "NIR";
    }

    private static String rpps(String nationalId) {
        return nationalId != null && nationalId.startsWith("8") ? nationalId.substring(1) : nationalId;
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }
}
