package fr.galien.core.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts every Galien PDF embeds (DejaVu Sans regular and bold, Bitstream Vera licence, see
 * {@code fonts/DejaVu-LICENSE.txt} next to them): the Standard-14 fonts are WinAnsi only, DejaVu prints every French
 * accent, the œ ligature, « guillemets », the euro sign and the narrow no-break space.
 *
 * <p>The font files are read from the class path once per JVM; each thread parses them once into its own
 * {@link TrueTypeFont} (fontbox tables are read lazily and are not meant to be shared between threads), and every
 * document then embeds a subset of the glyphs it uses. Creating a document costs no font parsing at all.
 */
public final class PdfFonts {

    private static final String REGULAR_RESOURCE = "fonts/DejaVuSans.ttf";
    private static final String BOLD_RESOURCE = "fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR_RESOURCE);
    private static final byte[] BOLD_BYTES = read(BOLD_RESOURCE);

    private static final ThreadLocal<Parsed> PARSED = ThreadLocal.withInitial(Parsed::parse);

    private PdfFonts() {
    }

    /** The regular and bold fonts loaded into {@code document} (subset-embedded when the document is saved). */
    static Loaded load(PDDocument document) throws IOException {
        Parsed parsed = PARSED.get();
        return new Loaded(PDType0Font.load(document, parsed.regular, true),
                PDType0Font.load(document, parsed.bold, true), parsed.regularCmap, parsed.boldCmap);
    }

    /** The size in bytes of the regular font file, to show the font was found (diagnostics, tests). */
    public static int regularFontSize() {
        return REGULAR_BYTES.length;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font resource missing from the class path: fr/galien/core/pdf/"
                        + resource + " (segur-core jar damaged?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font resource " + resource, e);
        }
    }

    /** One thread's parsed fonts. */
    private record Parsed(TrueTypeFont regular, TrueTypeFont bold, CmapLookup regularCmap, CmapLookup boldCmap) {
        static Parsed parse() {
            try {
                TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR_BYTES));
                TrueTypeFont bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD_BYTES));
                return new Parsed(regular, bold, regular.getUnicodeCmapLookup(), bold.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot parse the embedded DejaVu fonts", e);
            }
        }
    }

    /** The fonts of one document, with the character maps to tell which code points they can print. */
    record Loaded(PDType0Font regular, PDType0Font bold, CmapLookup regularCmap, CmapLookup boldCmap) {
        PDType0Font font(boolean isBold) {
            return isBold ? bold : regular;
        }

        boolean canPrint(int codePoint, boolean isBold) {
            return (isBold ? boldCmap : regularCmap).getGlyphId(codePoint) != 0;
        }
    }
}
