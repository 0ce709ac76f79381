package fr.galien.core.cda;

import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * From a clinical document to a patient document ({@code fr.galien.core.document}): what we produced (filed under
 * its CDA unique id, so a later copy from the DMP is de-duplicated) and what we received (DMP, MSSanté), and the
 * plain text a screen shows of a received one.
 */
public final class CdaFiling {

    private CdaFiling() {
    }

    /** A document produced here, the CDA as content, dated by its effective time. */
    public static NewDocument produced(CdaHeader header, CdaDocument document) {
        String author = (header.author().givenName() + " " + header.author().familyName()).strip() + " — "
                + header.author().specialty().display();
        return new NewDocument(header.ins().patientId(), document.uniqueId(), typeOf(document.type()),
                document.title(), DocumentFormats.CDA, document.effectiveTime(), author, DocumentOrigin.LOCAL,
                document.xml());
    }

    /**
     * A document received from {@code origin}, filed under its own unique id.
     *
     * @param xml        the CDA as received (kept as content)
     * @param receivedAt the date used when the document states none
     */
    public static NewDocument received(UUID patientId, ReceivedCda cda, byte[] xml, DocumentOrigin origin,
                                       Instant receivedAt) {
        String title = cda.title().isBlank() ? "Document" : cda.title();
        String author = cda.author().name().isBlank() ? null
                : cda.author().specialty().isBlank() ? cda.author().name()
                : cda.author().name() + " — " + cda.author().specialty();
        String id = cda.uniqueId().isBlank() ? null : cda.uniqueId();
        return new NewDocument(patientId, id, cda.type() == null || cda.type().code().isBlank() ? DocumentType.AUTRE
                : typeOf(cda.type()), truncate(title, 255), DocumentFormats.CDA,
                cda.effectiveTime().orElse(receivedAt), author == null ? null : truncate(author, 255), origin, xml);
    }

    /** The human-readable part as indented plain text, for a screen or a log-free preview. */
    public static String plainText(List<CdaSection> sections) {
        List<String> lines = new ArrayList<>();
        for (CdaSection section : sections) {
            append(lines, section, "");
        }
        return String.join("\n", lines);
    }

    private static void append(List<String> lines, CdaSection s, String indent) {
        if (!s.title().isBlank()) {
            lines.add(indent + s.title());
        }
        String inner = indent + "  ";
        for (String paragraph : s.paragraphs()) {
            lines.add(inner + paragraph);
        }
        for (List<String> row : s.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i).isBlank()) {
                    continue;
                }
                boolean labelled = i < s.columns().size() && s.columns().size() > 1;
                cells.add(labelled ? s.columns().get(i) + " : " + row.get(i) : row.get(i));
            }
            lines.add(inner + "- " + String.join(" ; ", cells));
        }
        for (CdaSection child : s.sections()) {
            append(lines, child, inner);
        }
    }

    private static DocumentType typeOf(CdaCode code) {
        return new DocumentType(truncate(code.code(), 64), truncate(code.system(), 128),
                code.display().isBlank() ? code.code() : truncate(code.display(), 255));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
