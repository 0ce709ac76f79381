package fr.galien.core.ordonnance;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fr.galien.core.pdf.PdfLayout;
import java.util.Map;

/** QR codes drawn as vector squares (sharp at any print resolution, no image to compress). */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * The QR symbol of {@code payload} without quiet zone, error correction M (15 %: a folded or stained
     * ordonnance still scans).
     */
    public static BitMatrix encode(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload cannot be encoded as a QR code", e);
        }
    }

    /** Draws {@code matrix} with its bottom-left corner at {@code x, y}, {@code size} points wide. */
    public static void draw(PdfLayout pdf, BitMatrix matrix, float x, float y, float size) {
        int modules = matrix.getWidth();
        float module = size / modules;
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                // One rectangle per horizontal run; row 0 is the top of the symbol.
                pdf.fillRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module + 0.05f);
            }
        }
    }
}
