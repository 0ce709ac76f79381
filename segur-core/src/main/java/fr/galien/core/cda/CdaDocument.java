package fr.galien.core.cda;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A clinical document as produced, ready to send: the CDA exactly as it goes out, the metadata a DMP or MSSanté
 * submission repeats from its header, the human-readable sections and the PDF rendering produced with it.
 *
 * @param xml       the CDA R2 document, UTF-8
 * @param sections  the human-readable part (for level 1, one section saying what the PDF is)
 * @param pdf       the PDF rendering (for level 1: the PDF the CDA wraps)
 */
public record CdaDocument(CdaKind kind, CdaVersion version, CdaCode type, String title, Instant effectiveTime,
                          byte[] xml, List<CdaSection> sections, byte[] pdf) {

    public CdaDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(xml, "xml");
        sections = List.copyOf(sections);
    }

    public String uniqueId() {
        return version.uniqueId();
    }

    /** The DMP class code (TRE_A03) matching the type code. */
    public String classCode() {
        return CdaKind.classCodeOf(type);
    }

    public String formatCode() {
        return kind.formatCode();
    }

    /** The media type of the CDA itself. */
    public String mimeType() {
        return "text/xml";
    }
}
