package fr.galien.core.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

    private static final String FRENCH = "Œdème « aigu » : réévaluer à J+3 — ça, où, ÿ, ï, ô, ù, É, À, Ç, 12 €";

    private static byte[] sample(String title) {
        try (PdfLayout pdf = new PdfLayout(new PdfMetadata(title, "Dr Émile Durand", "Essai", Instant.parse(
                "2026-12-07T10:15:30Z")))) {
            pdf.footer("Galien — essai");
            pdf.text("Cabinet médical des Tilleuls", TextStyle.TITLE);
            pdf.rule();
            pdf.heading("Prescription");
            pdf.text(FRENCH, TextStyle.BODY);
            pdf.labelled("RPPS :", "10101010101", TextStyle.BODY);
            pdf.sideBySide(List.of(PdfLayout.Line.of("Gauche", TextStyle.BODY_BOLD)),
                    List.of(PdfLayout.Line.of("Droite", TextStyle.BODY)));
            BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
            pdf.image(image, 40f);
            return pdf.toBytes();
        }
    }

    @Test
    void everyFrenchAccentSurvivesTextExtraction() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sample("Essai"))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(FRENCH).contains("RPPS : 10101010101").contains("page 1/1");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        byte[] bytes = sample("Essai");
        // Kept under target/ for a look with pdffonts / pdftoppm.
        java.nio.file.Path out = java.nio.file.Path.of("target", "pdf-samples", "pdf-base.pdf");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void metadataClaimsPdfA2bWithAnSrgbOutputIntent() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sample("Ordonnance & <essai>"))) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "Ordonnance &amp; &lt;essai&gt;", "<pdf:Producer>Galien (PDFBox)</pdf:Producer>",
                    "2026-12-07T10:15:30Z");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Ordonnance & <essai>");
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo(PdfMetadata.PRODUCER);
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getDestOutputIntent().getLength()).isGreaterThan(100);
            assertThat(doc.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
            assertThat(doc.isEncrypted()).isFalse();
        }
    }

    @Test
    void longTextWrapsAndFlowsOntoANewPage() throws IOException {
        byte[] bytes;
        try (PdfLayout pdf = new PdfLayout(new PdfMetadata("Long", null, null, Instant.EPOCH))) {
            String paragraph = "Paracétamol ".repeat(60) + "Motsanscoupurepossible".repeat(10);
            for (int i = 0; i < 20; i++) {
                pdf.text(paragraph, TextStyle.BODY);
            }
            for (String line : pdf.wrap(paragraph, TextStyle.BODY, pdf.contentWidth())) {
                assertThat(pdf.width(line, TextStyle.BODY)).isLessThanOrEqualTo(pdf.contentWidth());
            }
            assertThat(pdf.pageCount()).isGreaterThan(1);
            bytes = pdf.toBytes();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("page 1/" + doc.getNumberOfPages());
        }
    }

    @Test
    void unprintableCharactersAreReplacedNotFatal() throws IOException {
        byte[] bytes;
        try (PdfLayout pdf = new PdfLayout(new PdfMetadata("Emoji", null, null, Instant.EPOCH))) {
            pdf.text("Bonjour \u6F22\tfin\u0007", TextStyle.BODY);
            bytes = pdf.toBytes();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Bonjour ? fin");
        }
    }

    @Test
    void documentsRenderAndCanBeBuiltOnSeveralThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<byte[]>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                jobs.add(() -> sample("Essai"));
            }
            for (Future<byte[]> result : pool.invokeAll(jobs)) {
                try (PDDocument doc = Loader.loadPDF(result.get())) {
                    assertThat(new PDFTextStripper().getText(doc)).contains(FRENCH);
                    BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 30);
                    assertThat(rendered.getWidth()).isGreaterThan(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
