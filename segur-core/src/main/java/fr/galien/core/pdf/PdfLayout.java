package fr.galien.core.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A tiny top-to-bottom layout on A4 pages for PDF/A-2b documents: wrapped text lines, bold headers, rules, images,
 * side-by-side blocks, absolute drawing when needed, a footer on every page. No framework: a cursor that moves down
 * and a new page when the next element does not fit.
 *
 * <pre>{@code
 * try (PdfLayout pdf = new PdfLayout(new PdfMetadata("Ordonnance", "Dr Martin", null, now))) {
 *     pdf.text("Cabinet médical des Tilleuls", TextStyle.TITLE);
 *     pdf.rule();
 *     pdf.text("Paracétamol 500 mg : 1 comprimé 3 fois par jour pendant 5 jours", TextStyle.BODY);
 *     byte[] pdfBytes = pdf.toBytes();
 * }
 * }</pre>
 *
 * <p>Not thread-safe (one layout per document, documents in parallel on different threads are fine). Characters the
 * embedded font cannot print are replaced by {@code ?}; control characters by a space.
 */
public final class PdfLayout implements AutoCloseable {

    /** Default margin: 15 mm. */
    public static final float DEFAULT_MARGIN = 42.5f;

    private final PDDocument document;
    private final PdfFonts.Loaded fonts;
    private final PdfMetadata metadata;
    private final PDRectangle pageSize;
    private final float margin;
    private final float bottomReserve;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private float indent;
    private String footer;
    private boolean finished;

    /** An A4 portrait layout with 15 mm margins. */
    public PdfLayout(PdfMetadata metadata) {
        this(metadata, PDRectangle.A4, DEFAULT_MARGIN);
    }

    public PdfLayout(PdfMetadata metadata, PDRectangle pageSize, float margin) {
        this.metadata = metadata;
        this.pageSize = pageSize;
        this.margin = margin;
        this.bottomReserve = margin + 14f;
        this.document = new PDDocument();
        try {
            this.fonts = PdfFonts.load(document);
            newPage();
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- geometry

    /** The width available to text at the current indent. */
    public float contentWidth() {
        return pageSize.getWidth() - 2 * margin - indent;
    }

    /** The x of the left edge of the flow (margin + indent). */
    public float left() {
        return margin + indent;
    }

    public float right() {
        return pageSize.getWidth() - margin;
    }

    /** The y of the cursor (PDF coordinates: 0 at the bottom of the page). */
    public float y() {
        return y;
    }

    /** The lowest y the flow may use on a page (above the footer). */
    public float bottom() {
        return bottomReserve;
    }

    public int pageCount() {
        return pages.size();
    }

    /** Shifts the flow right by {@code points} (negative to go back). */
    public PdfLayout indent(float points) {
        indent = Math.max(0f, indent + points);
        return this;
    }

    /** Moves the cursor down; starts a new page when past the bottom. */
    public PdfLayout space(float points) {
        y -= points;
        if (y < bottomReserve) {
            newPageUnchecked();
        }
        return this;
    }

    /** Starts a new page if less than {@code height} points remain on this one. */
    public PdfLayout ensureSpace(float height) {
        if (y - height < bottomReserve) {
            newPageUnchecked();
        }
        return this;
    }

    /** Text printed at the bottom of every page, followed by « page n/N ». */
    public PdfLayout footer(String text) {
        this.footer = text;
        return this;
    }

    // ---------------------------------------------------------------- text

    /** Text wrapped to the content width (explicit line breaks kept), the cursor moving down line by line. */
    public PdfLayout text(String text, TextStyle style) {
        for (String line : wrap(text, style, contentWidth())) {
            ensureSpace(style.leading());
            y -= style.leading();
            drawText(left(), y + style.leading() - style.size(), line, style);
        }
        return this;
    }

    /** A bold heading with a little space above it. */
    public PdfLayout heading(String text) {
        space(4f);
        return text(text, TextStyle.HEADING);
    }

    /**
     * A label in bold followed by its value on the same line ({@code "RPPS : 10101010101"}), wrapped under the value.
     */
    public PdfLayout labelled(String label, String value, TextStyle style) {
        float labelWidth = width(label + " ", style.asBold());
        List<String> lines = wrap(value == null ? "" : value, style, Math.max(40f, contentWidth() - labelWidth));
        for (int i = 0; i < lines.size(); i++) {
            ensureSpace(style.leading());
            y -= style.leading();
            float baseline = y + style.leading() - style.size();
            if (i == 0) {
                drawText(left(), baseline, label, style.asBold());
            }
            drawText(left() + labelWidth, baseline, lines.get(i), style);
        }
        return this;
    }

    /** Draws one line of text at an absolute position without moving the cursor; returns its width. */
    public float textAt(float x, float baseline, String text, TextStyle style) {
        drawText(x, baseline, text, style);
        return width(text, style);
    }

    /** Draws one line right-aligned on {@code rightX}; returns its width. */
    public float textRightAligned(float rightX, float baseline, String text, TextStyle style) {
        float w = width(text, style);
        drawText(rightX - w, baseline, text, style);
        return w;
    }

    /**
     * Two blocks of lines side by side from the cursor (e.g. the practice on the left, the date and patient on the
     * right); the cursor ends below the taller one. Each block wraps to its half of the width.
     */
    public PdfLayout sideBySide(List<Line> leftBlock, List<Line> rightBlock) {
        float gap = 12f;
        float half = (contentWidth() - gap) / 2f;
        float leftHeight = blockHeight(leftBlock, half);
        float rightHeight = blockHeight(rightBlock, half);
        ensureSpace(Math.max(leftHeight, rightHeight));
        float top = y;
        drawBlock(left(), top, half, leftBlock);
        drawBlock(left() + half + gap, top, half, rightBlock);
        y = top - Math.max(leftHeight, rightHeight);
        return this;
    }

    /** One line of a block: text and its style. */
    public record Line(String text, TextStyle style) {
        public static Line of(String text, TextStyle style) {
            return new Line(text, style);
        }
    }

    private float blockHeight(List<Line> block, float width) {
        float h = 0f;
        for (Line line : block) {
            h += wrap(line.text(), line.style(), width).size() * line.style().leading();
        }
        return h;
    }

    private void drawBlock(float x, float top, float width, List<Line> block) {
        float cursor = top;
        for (Line line : block) {
            for (String part : wrap(line.text(), line.style(), width)) {
                cursor -= line.style().leading();
                drawText(x, cursor + line.style().leading() - line.style().size(), part, line.style());
            }
        }
    }

    // ---------------------------------------------------------------- graphics

    /** A thin horizontal rule across the content width. */
    public PdfLayout rule() {
        return rule(0.5f, 0.4f);
    }

    public PdfLayout rule(float thickness, float gray) {
        space(4f);
        try {
            content.setStrokingColor(gray, gray, gray);
            content.setLineWidth(thickness);
            content.moveTo(left(), y);
            content.lineTo(right(), y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return space(6f);
    }

    /** A rectangle outline (e.g. the signature area), absolute coordinates, cursor unchanged. */
    public PdfLayout box(float x, float yBottom, float width, float height, float gray) {
        try {
            content.setStrokingColor(gray, gray, gray);
            content.setLineWidth(0.6f);
            content.addRect(x, yBottom, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A filled black square, absolute coordinates (used to draw QR modules as vectors). */
    public PdfLayout fillRect(float x, float yBottom, float width, float height) {
        try {
            content.setNonStrokingColor(0f, 0f, 0f);
            content.addRect(x, yBottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An image at the left of the flow, {@code width} points wide (height from its aspect ratio). */
    public PdfLayout image(BufferedImage image, float width) {
        float height = width * image.getHeight() / image.getWidth();
        ensureSpace(height);
        y -= height;
        imageAt(image, left(), y, width, height);
        return this;
    }

    /** An image at an absolute position, cursor unchanged. */
    public PdfLayout imageAt(BufferedImage image, float x, float yBottom, float width, float height) {
        try {
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            content.drawImage(xobject, x, yBottom, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Reserves {@code height} points of the flow (new page if needed) and gives the painter the content stream and
     * the bottom-left corner of the reserved band, for drawings the helper does not know.
     */
    public PdfLayout block(float height, BlockPainter painter) {
        ensureSpace(height);
        y -= height;
        try {
            painter.paint(this, left(), y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Draws into a reserved band; {@code x, yBottom} is its bottom-left corner. */
    @FunctionalInterface
    public interface BlockPainter {
        void paint(PdfLayout layout, float x, float yBottom) throws IOException;
    }

    // ---------------------------------------------------------------- measuring and wrapping

    /** The width of {@code text} in points in {@code style}. */
    public float width(String text, TextStyle style) {
        try {
            return fonts.font(style.bold()).getStringWidth(printable(text, style.bold())) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits {@code text} into lines no wider than {@code maxWidth} (explicit line breaks kept; long words cut). */
    public List<String> wrap(String text, TextStyle style, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String source = text == null ? "" : text;
        for (String paragraph : source.split("\r\n|\r|\n", -1)) {
            wrapParagraph(printable(paragraph, style.bold()), style, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, TextStyle style, float maxWidth, List<String> lines) {
        if (paragraph.isBlank()) {
            lines.add("");
            return;
        }
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.trim().split(" +")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (width(candidate, style) <= maxWidth) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(rest, style) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), style) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
    }

    /** Replaces what the font cannot print: control characters by a space, missing glyphs by {@code ?}. */
    String printable(String text, boolean bold) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = null;
            if (Character.isISOControl(cp)) {
                replacement = " ";
            } else if (cp != ' ' && !fonts.canPrint(cp, bold)) {
                replacement = "?";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private void drawText(float x, float baseline, String text, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(fonts.font(style.bold()), style.size());
            content.setNonStrokingColor(style.gray(), style.gray(), style.gray());
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text, style.bold()));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- pages and output

    /** Starts a new page; the cursor goes to its top margin. */
    public PdfLayout newPageUnchecked() {
        try {
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(pageSize);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = pageSize.getHeight() - margin;
    }

    /** Finishes the document (footers, PDF/A metadata) and writes it. The layout cannot be used afterwards. */
    public void writeTo(OutputStream out) {
        try {
            finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the document and returns its bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    private void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("document already written");
        }
        finished = true;
        content.close();
        content = null;
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content = stream;
                String pageText = "page " + (i + 1) + "/" + total;
                float baseline = margin - 4f;
                if (footer != null) {
                    drawText(margin, baseline, footer, TextStyle.SMALL);
                }
                textRightAligned(right(), baseline, pageText, TextStyle.SMALL);
            } finally {
                content = null;
            }
        }
        PdfA2b.apply(document, metadata);
    }

    /** The underlying document, for what the helper does not cover (add pages only through this class). */
    public PDDocument document() {
        return document;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (content != null) {
                content.close();
            }
        } catch (IOException | IllegalStateException ignored) {
            // closing after a failure: the document is discarded anyway
        }
        try {
            document.close();
        } catch (IOException ignored) {
            // in-memory document: nothing to release but buffers
        }
    }
}
