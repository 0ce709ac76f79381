package fr.galien.app.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import fr.galien.core.error.SegurException;
import fr.galien.core.scan.ScanError;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * ZXing over a PNG or JPEG file (a photo, a scan, a webcam frame saved to disk): the codes the counter reads — QR
 * (e-prescription, appli carte Vitale), DataMatrix (INS, medicine boxes) and EAN-13 — turned into the text a
 * keyboard-wedge scanner would have typed, for {@link fr.galien.core.scan.ScanField#classify}. A GS1 DataMatrix
 * comes back with its AIM prefix {@code ]d2} and GS separators, as a scanner in GS1 mode sends it.
 */
public final class ScanImageDecoder {

    /** Larger files are not a photo of a code: refused before decoding. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Declared sizes beyond this are refused before any pixel is decoded (a decompression bomb stays out). */
    static final long MAX_PIXELS = 40_000_000L;

    private static final Set<String> FORMATS = Set.of("png", "jpeg");
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX,
                    BarcodeFormat.EAN_13));

    /**
     * The text of the first code found in {@code image}.
     *
     * @throws SegurException {@code SCN-0009} not a readable PNG/JPEG under 20 MB, {@code SCN-0010} no code found
     */
    public String decode(Path image) {
        BufferedImage picture = read(image);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
        Result result;
        try {
            result = new MultiFormatReader().decode(bitmap, HINTS);
        } catch (ReaderException notFound) {
            throw new SegurException(ScanError.SCN_0010, image.getFileName());
        }
        Object symbology = result.getResultMetadata() == null ? null
                : result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        // ZXing reports "]d2" for a DataMatrix starting with FNC1 (GS1) and writes the later FNC1s as GS.
        if ("]d2".equals(symbology) && !result.getText().startsWith("]d2")) {
            return "]d2" + result.getText();
        }
        return result.getText();
    }

    private static BufferedImage read(Path image) {
        String name = String.valueOf(image.getFileName());
        try {
            if (!Files.isRegularFile(image) || Files.size(image) > MAX_BYTES) {
                throw new SegurException(ScanError.SCN_0009, name);
            }
            try (InputStream in = Files.newInputStream(image);
                 ImageInputStream input = ImageIO.createImageInputStream(in)) {
                ImageReader reader = firstReader(input, name);
                try {
                    reader.setInput(input, true, true);
                    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                        throw new SegurException(ScanError.SCN_0009, name);
                    }
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new SegurException(ScanError.SCN_0009, name);
        }
    }

    private static ImageReader firstReader(ImageInputStream input, String name) throws IOException {
        if (input == null) {
            throw new SegurException(ScanError.SCN_0009, name);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
            reader.dispose();
        }
        throw new SegurException(ScanError.SCN_0009, name);
    }
}
