package fr.galien.app.ui.identity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixReader;
import fr.galien.core.error.SegurException;
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
 * ZXing's DataMatrix reader over a PNG or JPEG file (a photo or a scan of a printed document). Only the DataMatrix
 * format is tried: the INS code is a DataMatrix (specs §2.6), and a QR code elsewhere on the page must not be read in
 * its place. The text then goes to {@link fr.galien.core.identity.InsDatamatrix#parse}.
 */
public final class DatamatrixImageDecoder implements DatamatrixImages {

    /** Larger files are not a photo of a document: refused before decoding. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Declared sizes beyond this are refused before any pixel is decoded (a decompression bomb stays out). */
    static final long MAX_PIXELS = 40_000_000L;

    private static final Set<String> FORMATS = Set.of("png", "jpeg");
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX));

    @Override
    public String decode(Path image) {
        BufferedImage picture = read(image);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
        try {
            return new DataMatrixReader().decode(bitmap, HINTS).getText();
        } catch (ReaderException notFound) {
            throw new SegurException(IdentityUiError.UI_0101);
        }
    }

    private static BufferedImage read(Path image) {
        try {
            if (!Files.isRegularFile(image) || Files.size(image) > MAX_BYTES) {
                throw new SegurException(IdentityUiError.UI_0100);
            }
            try (InputStream in = Files.newInputStream(image);
                 ImageInputStream input = ImageIO.createImageInputStream(in)) {
                ImageReader reader = firstReader(input);
                try {
                    reader.setInput(input, true, true);
                    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                        throw new SegurException(IdentityUiError.UI_0100);
                    }
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new SegurException(IdentityUiError.UI_0100);
        }
    }

    private static ImageReader firstReader(ImageInputStream input) throws IOException {
        if (input == null) {
            throw new SegurException(IdentityUiError.UI_0100);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
            reader.dispose();
        }
        throw new SegurException(IdentityUiError.UI_0100);
    }
}
