package fr.galien.app.ui.documents;

import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.PatientDocument;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a document's bytes into what the viewer shows. Runs in the background: rendering a PDF takes tens of
 * milliseconds per page. Bounded so a hostile document cannot hold the workstation: at most {@link #MAX_PAGES}
 * pages rendered, images at most {@link #MAX_IMAGE_PIXELS}, text at most {@link #MAX_TEXT_CHARS}.
 */
public final class DocumentPreviews {

    static final int MAX_PAGES = 20;
    static final long MAX_IMAGE_PIXELS = 40_000_000L;
    static final int MAX_TEXT_CHARS = 1_000_000;
    private static final float DPI = 110f;

    private final Function<byte[], DocumentPreview> cda;

    /** @param cda how a CDA is shown (its human-readable part) */
    public DocumentPreviews(Function<byte[], DocumentPreview> cda) {
        this.cda = cda;
    }

    public DocumentPreview of(PatientDocument document, byte[] content) {
        return switch (document.mimeType()) {
            case DocumentFormats.PDF -> pdf(content);
            case DocumentFormats.PNG, DocumentFormats.JPEG -> image(content);
            case DocumentFormats.TEXT -> text(content);
            case DocumentFormats.CDA -> cda.apply(content);
            default -> new DocumentPreview.Unreadable(document.mimeType());
        };
    }

    static DocumentPreview pdf(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            int total = pdf.getNumberOfPages();
            List<BufferedImage> pages = new ArrayList<>();
            for (int page = 0; page < Math.min(total, MAX_PAGES); page++) {
                pages.add(renderer.renderImageWithDPI(page, DPI, ImageType.RGB));
            }
            return new DocumentPreview.Pages(pages, total);
        } catch (IOException | RuntimeException e) {
            return new DocumentPreview.Unreadable("PDF illisible : " + e.getClass().getSimpleName());
        }
    }

    static DocumentPreview image(byte[] content) {
        try {
            var reader = ImageIO.getImageReaders(ImageIO.createImageInputStream(new ByteArrayInputStream(content)));
            if (!reader.hasNext()) {
                return new DocumentPreview.Unreadable("image illisible");
            }
            var imageReader = reader.next();
            try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                imageReader.setInput(input);
                long pixels = (long) imageReader.getWidth(0) * imageReader.getHeight(0);
                if (pixels > MAX_IMAGE_PIXELS) {
                    return new DocumentPreview.Unreadable("image trop grande (" + pixels + " pixels)");
                }
                return new DocumentPreview.Pages(List.of(imageReader.read(0)), 1);
            } finally {
                imageReader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new DocumentPreview.Unreadable("image illisible : " + e.getClass().getSimpleName());
        }
    }

    static DocumentPreview text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return new DocumentPreview.Text(null, text.length() > MAX_TEXT_CHARS
                    ? text.substring(0, MAX_TEXT_CHARS) + "\n…" : text);
        } catch (CharacterCodingException e) {
            String latin1 = new String(content, StandardCharsets.ISO_8859_1);
            return new DocumentPreview.Text(null, latin1.length() > MAX_TEXT_CHARS
                    ? latin1.substring(0, MAX_TEXT_CHARS) + "\n…" : latin1);
        }
    }
}
