package fr.galien.core.ordonnance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.galien.core.demo.DemoOrdonnances;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OrdonnancePdfTest {

    private final OrdonnancePdf printer = new OrdonnancePdf(Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"),
            ZoneOffset.UTC));

    /** Kept under target/pdf-samples for a look with pdftoppm / pdffonts. */
    private static byte[] keep(String name, byte[] pdf) throws IOException {
        Path out = Path.of("target", "pdf-samples", name);
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Wrapped lines joined: assertions read the text as a sentence.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static BufferedImage page(byte[] pdf, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, dpi);
        }
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))));
        return result.getText();
    }

    @Test
    void registeredOrdonnanceCarriesItsIdentifierInTheQrCodeAndInClear() throws Exception {
        byte[] pdf = keep("ordonnance-numerique.pdf", printer.render(DemoOrdonnances.electronic()));
        assertThat(decodeQr(page(pdf, 150))).isEqualTo(DemoOrdonnances.SAMPLE_IDENTIFIER);
        assertThat(text(pdf)).contains(DemoOrdonnances.SAMPLE_IDENTIFIER).doesNotContain("PAPIER");
    }

    @Test
    void qualifiedPatientIsPrintedWithHerInsTraits() throws IOException {
        String text = text(printer.render(DemoOrdonnances.electronic()));
        assertThat(text).contains("identité qualifiée (INS)", "Nom de naissance : ADRUN", "Nom utilisé : LEFÈVRE",
                "Prénom(s) de naissance : ZOE", "Sexe : Féminin", "Date de naissance : 31/12/1975 (50 ans)");
    }

    @Test
    void prescriberRppsDateAndPlainFrenchLinesArePrinted() throws IOException {
        String text = text(printer.render(DemoOrdonnances.electronic()));
        assertThat(text).contains("Dr Élise Démo-Invente", "RPPS 10000000001", "Fait à Clermont-Ferrand, le 7 décembre 2026",
                "1. PARACÉTAMOL 1 g, comprimé",
                "1 comprimé 3 fois par jour, espacer les prises d'au moins 6 heures pendant 5 jours",
                "Quantité : 1 boîte de 8 comprimés", "1 comprimé le matin à jeun pendant 3 mois",
                "À renouveler 3 fois", "2 gélules 2 fois par jour, au cours des repas pendant 7 jours",
                "Signature du prescripteur");
    }

    @Test
    void nonSubstitutableLineCarriesTheMentionAndItsJustification() throws IOException {
        String text = text(printer.render(DemoOrdonnances.electronic()));
        assertThat(text).contains("NON SUBSTITUABLE (MTE) — marge thérapeutique étroite",
                "Mention manuscrite du prescripteur : « non substituable (MTE) »");
    }

    @Test
    void aldLinesUseTheBizoneLayout() throws IOException {
        String text = text(keep("ordonnance-bizone.pdf", printer.render(DemoOrdonnances.electronicBizone())));
        int ald = text.indexOf("affection de longue durée reconnue");
        int other = text.indexOf("SANS RAPPORT avec l'affection de longue durée");
        assertThat(ald).isPositive();
        assertThat(other).isGreaterThan(ald);
        String aldZone = text.substring(ald, other);
        assertThat(aldZone).contains("LÉVOTHYROXINE", "Bandelettes").doesNotContain("PARACÉTAMOL");
        assertThat(text.substring(other)).contains("PARACÉTAMOL", "AMOXICILLINE");
    }

    @Test
    void withoutAldTheOrdonnanceHasNoBizoneHeadings() throws IOException {
        assertThat(text(printer.render(DemoOrdonnances.electronic()))).doesNotContain("SANS RAPPORT");
    }

    @Test
    void paperOnlyOrdonnanceHasNoQrCodeAndSaysWhy() throws Exception {
        byte[] pdf = keep("ordonnance-papier.pdf", printer.render(DemoOrdonnances.paperOnly()));
        String text = text(pdf);
        assertThat(text).contains("ORDONNANCE — PAPIER", "ORDONNANCE PAPIER",
                "l'identité du patient n'est pas qualifiée (INS)", "NŒUD-ÉCLAIR Gaëlle");
        assertThat(text).doesNotContain("identité qualifiée (INS)").doesNotContain("Nom de naissance");
        BufferedImage image = page(pdf, 150);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decodeQr(image))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void vetOrdonnanceIsNumberedAndNamesAnimalOwnerAndTheAbsentService() throws IOException {
        String text = text(keep("ordonnance-veterinaire.pdf", printer.render(DemoOrdonnances.vet(42))));
        assertThat(text).contains("ORDONNANCE VÉTÉRINAIRE N° 2026-000042", "Réglisse", "chien, Épagneul breton",
                "Femelle stérilisée", "250999000000017", "DÉMO-BÉRENGER Loïc", "3 chemin des Écureuils",
                "N° d'inscription à l'Ordre 99999", "Temps d'attente : sans objet",
                "Aucun service national d'ordonnance numérique n'existe pour les animaux")
                .doesNotContain("RPPS");
    }

    @Test
    void theSameOrdonnancePrintsTheSameBytesBarTheDocumentId() throws IOException {
        byte[] first = printer.render(DemoOrdonnances.electronic());
        byte[] second = printer.render(DemoOrdonnances.electronic());
        assertThat(text(first)).isEqualTo(text(second));
    }
}
