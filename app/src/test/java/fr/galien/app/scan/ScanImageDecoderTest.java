package fr.galien.app.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import fr.galien.core.scan.ScanField;
import fr.galien.core.scan.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes drawn with ZXing, saved as PNG, read back as a scanner would have typed them, then classified. */
class ScanImageDecoderTest {

    @TempDir
    Path dir;

    private final ScanImageDecoder decoder = new ScanImageDecoder();

    private Path png(BitMatrix matrix) throws Exception {
        Path file = Files.createTempFile(dir, "code-", ".png");
        MatrixToImageWriter.writeToPath(matrix, "PNG", file);
        return file;
    }

    @Test
    void anEPrescriptionQrCodeReadsAsItsIdentifier() throws Exception {
        Path qr = png(new QRCodeWriter().encode("01S2TBPZ2JCNZZYGHZ", BarcodeFormat.QR_CODE, 300, 300));

        ScanResult result = ScanField.classify(decoder.decode(qr));

        assertThat(result).isInstanceOf(ScanResult.ErxIdentifier.class);
        assertThat(((ScanResult.ErxIdentifier) result).identifier()).isEqualTo("01S2TBPZ2JCNZZYGHZ");
    }

    @Test
    void aGs1DataMatrixOfABoxReadsAsTheBox() throws Exception {
        String content = "010340093595583817260331" + "10LOT42" + "\u001D" + "21SN0001";
        Path datamatrix = png(new DataMatrixWriter().encode(content, BarcodeFormat.DATA_MATRIX, 300, 300,
                Map.of(EncodeHintType.GS1_FORMAT, Boolean.TRUE)));

        ScanResult result = ScanField.classify(decoder.decode(datamatrix));

        assertThat(result).isInstanceOf(ScanResult.MedicineBox.class);
        ScanResult.MedicineBox box = (ScanResult.MedicineBox) result;
        assertThat(box.cip13()).isEqualTo("3400935955838");
        assertThat(box.expiry()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(box.lot()).isEqualTo("LOT42");
        assertThat(box.serial()).isEqualTo("SN0001");
    }

    @Test
    void anEan13CipReadsAsTheBox() throws Exception {
        Path ean = png(new EAN13Writer().encode("3400935955838", BarcodeFormat.EAN_13, 400, 150));

        ScanResult result = ScanField.classify(decoder.decode(ean));

        assertThat(result).isInstanceOf(ScanResult.MedicineBox.class);
        assertThat(((ScanResult.MedicineBox) result).cip13()).isEqualTo("3400935955838");
    }

    @Test
    void aFileThatIsNoImageOrHoldsNoCodeIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("ordonnance.png"), "pas une image");
        assertThatThrownBy(() -> decoder.decode(text)).hasMessageContaining("SCN-0009");

        Path blank = png(new BitMatrix(200, 200));
        assertThatThrownBy(() -> decoder.decode(blank)).hasMessageContaining("SCN-0010");
    }
}
