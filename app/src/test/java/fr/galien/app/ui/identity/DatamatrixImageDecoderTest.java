package fr.galien.app.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.qrcode.QRCodeWriter;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.DatamatrixIdentity;
import fr.galien.core.identity.InsDatamatrix;
import fr.galien.core.identity.InsOid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatamatrixImageDecoderTest {

    private static final String INS_TEXT = InsDatamatrix.encode(new DatamatrixIdentity("275126322074974", InsOid.NIR,
            List.of("ZOE"), "ADRUN", Sex.F, BirthDate.parseIso("1975-12-31").orElseThrow(), "63220"));

    @TempDir
    Path directory;

    private final DatamatrixImageDecoder decoder = new DatamatrixImageDecoder();

    private Path write(BitMatrix matrix, String format, String name) throws IOException {
        BufferedImage image = MatrixToImageWriter.toBufferedImage(matrix);
        // A quiet zone, as on paper: the reader needs white around the symbol.
        BufferedImage page = new BufferedImage(image.getWidth() + 80, image.getHeight() + 80,
                BufferedImage.TYPE_INT_RGB);
        var graphics = page.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
        graphics.drawImage(image, 40, 40, null);
        graphics.dispose();
        Path file = directory.resolve(name);
        ImageIO.write(page, format, file.toFile());
        return file;
    }

    private BitMatrix datamatrix(String text) {
        return new DataMatrixWriter().encode(text, BarcodeFormat.DATA_MATRIX, 300, 300,
                Map.of(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE));
    }

    @Test
    void aPngOfAnInsDatamatrixGivesItsTextWithTheSeparators() throws IOException {
        Path png = write(datamatrix(INS_TEXT), "png", "ins.png");

        String text = decoder.decode(png);

        assertThat(text).isEqualTo(INS_TEXT);
        assertThat(InsDatamatrix.parse(text).matricule()).isEqualTo("275126322074974");
    }

    @Test
    void aJpegIsReadToo() throws IOException {
        Path jpeg = write(datamatrix(INS_TEXT), "jpg", "ins.jpg");

        assertThat(decoder.decode(jpeg)).isEqualTo(INS_TEXT);
    }

    @Test
    void aQrCodeIsNotTakenForTheDatamatrix() throws Exception {
        Path qr = write(new QRCodeWriter().encode(INS_TEXT, BarcodeFormat.QR_CODE, 300, 300), "png", "qr.png");

        assertThatThrownBy(() -> decoder.decode(qr)).isInstanceOf(SegurException.class)
                .extracting(error -> ((SegurException) error).code()).isEqualTo("UI-0101");
    }

    @Test
    void aFileThatIsNoImageIsRefusedWithItsCode() throws IOException {
        Path text = Files.writeString(directory.resolve("note.png"), "pas une image");

        assertThatThrownBy(() -> decoder.decode(text)).isInstanceOf(SegurException.class)
                .extracting(error -> ((SegurException) error).code()).isEqualTo("UI-0100");
    }
}
