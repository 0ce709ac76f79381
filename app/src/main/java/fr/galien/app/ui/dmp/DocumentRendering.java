package fr.galien.app.ui.dmp;

import fr.galien.core.cda.CdaReader;
import fr.galien.core.cda.CdaSection;
import fr.galien.core.cda.ReceivedCda;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What the viewer shows of a document, computed in the background: a CDA through its human-readable part only
 * ({@link CdaReader}: hardened, nothing executed, no stylesheet run), a PDF — or the PDF inside a CDA level 1 —
 * rendered to page images by PDFBox. A bounded number of pages, at screen resolution.
 */
final class DocumentRendering {

    /** What the viewer shows: text (CDA narrative) and page images (PNG). */
    record Rendered(String title, String text, List<byte[]> pages) {
        Rendered {
            pages = List.copyOf(pages);
        }
    }

    static final int MAX_PAGES = 20;
    private static final float DPI = 96f;

    private DocumentRendering() {
    }

    static Rendered of(String title, String mimeType, byte[] content) {
        if ("application/pdf".equals(mimeType)) {
            return new Rendered(title, "", pdfPages(content));
        }
        ReceivedCda cda = CdaReader.read(content);
        StringBuilder text = new StringBuilder();
        for (CdaSection section : cda.sections()) {
            append(text, section, 0);
        }
        List<byte[]> pages = cda.pdf().map(DocumentRendering::pdfPages).orElse(List.of());
        return new Rendered(cda.title() == null ? title : cda.title(), text.toString().strip(), pages);
    }

    private static void append(StringBuilder text, CdaSection section, int depth) {
        if (!section.title().isBlank()) {
            text.append("  ".repeat(depth)).append(section.title().toUpperCase(java.util.Locale.ROOT)).append('\n');
        }
        if (!section.columns().isEmpty()) {
            text.append("  ".repeat(depth)).append(String.join(" | ", section.columns())).append('\n');
        }
        for (List<String> row : section.rows()) {
            text.append("  ".repeat(depth)).append(String.join(" | ", row)).append('\n');
        }
        for (String paragraph : section.paragraphs()) {
            text.append("  ".repeat(depth)).append(paragraph).append('\n');
        }
        for (CdaSection child : section.sections()) {
            append(text, child, depth + 1);
        }
        text.append('\n');
    }

    static List<byte[]> pdfPages(byte[] pdf) {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = Math.min(document.getNumberOfPages(), MAX_PAGES);
            for (int i = 0; i < count; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF illisible", e);
        }
        return pages;
    }
}
