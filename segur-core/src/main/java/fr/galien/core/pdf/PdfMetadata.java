package fr.galien.core.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What a PDF says about itself, written both in the document information dictionary and in the XMP packet (PDF/A
 * asks for the two to agree).
 *
 * @param title   the document title ({@code dc:title}, shown by viewers), required
 * @param author  who wrote it ({@code dc:creator}), may be {@code null}
 * @param subject a one-line description ({@code dc:description}), may be {@code null}
 * @param created the creation instant ({@code xmp:CreateDate}), required
 */
public record PdfMetadata(String title, String author, String subject, Instant created) {

    /** Written as {@code pdf:Producer} and {@code xmp:CreatorTool}. */
    public static final String PRODUCER = "Galien (PDFBox)";

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
    }
}
