package fr.galien.sandbox.apcv;

import static fr.galien.sandbox.apcv.ApCvWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test QR codes: listed as JSON, rendered as PNG that scan back to their content, printable as a page. */
class ApCvTestCodesPageTest {

    private static ApCvSimulator simulator;
    private static ApCvWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = ApCvWire.started(ApCvSettings.defaults());
        wire = new ApCvWire(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void codesAreListedWithTheirContent() throws Exception {
        JsonNode codes = json(wire.get("/apcv/v1/qr"));

        assertThat(codes.size()).isEqualTo(ApCvTestCodes.all().size());
        JsonNode first = codes.get(0);
        assertThat(first.get("token").asText()).isEqualTo("TEST-ADRUN-ZOE");
        assertThat(first.get("contenu").asText()).isEqualTo("APCV1:TEST-ADRUN-ZOE");
        assertThat(first.get("libelle").asText()).contains("ADRUN");
    }

    @Test
    void everyPngScansBackToItsContent() throws Exception {
        for (ApCvTestCode code : ApCvTestCodes.all()) {
            HttpResponse<byte[]> png = wire.getBytes("/apcv/v1/qr/" + code.token() + ".png");
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
            assertThat(decoded).as(code.token()).isEqualTo(code.content());
        }
    }

    @Test
    void unknownCodeImageAnswers404() throws Exception {
        assertThat(wire.get("/apcv/v1/qr/TEST-INCONNU.png").statusCode()).isEqualTo(404);
    }

    @Test
    void printablePageShowsEveryCode() throws Exception {
        HttpResponse<String> page = wire.get("/apcv/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        for (ApCvTestCode code : ApCvTestCodes.all()) {
            assertThat(page.body()).contains("src=\"v1/qr/" + code.token() + ".png\"").contains(code.content());
        }
        assertThat(page.body()).contains("SESAM-Vitale");
    }

    @Test
    void pageImagesResolveFromThePagesAddress() throws Exception {
        var image = simulator.endpoints().get("page").resolve("v1/qr/TEST-ADRUN-ZOE.png");

        assertThat(image.getPath()).isEqualTo("/apcv/v1/qr/TEST-ADRUN-ZOE.png");
    }
}
