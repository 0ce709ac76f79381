package fr.galien.core.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a PDFBox document claim — and meet, for what Galien draws — PDF/A-2b (ISO 19005-2, level B): XMP metadata with
 * {@code pdfaid:part=2, conformance=B} agreeing with the information dictionary, and an sRGB output intent. The
 * other conditions are kept by {@link PdfLayout}: every font embedded, colours in RGB, no transparency groups, no
 * encryption, no JavaScript.
 */
public final class PdfA2b {

    private static final String SRGB = "sRGB IEC61966-2.1";
    /** The JDK's own sRGB profile, read once per JVM. */
    private static final byte[] SRGB_ICC = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA2b() {
    }

    /** Writes the metadata and the output intent into {@code document}. */
    public static void apply(PDDocument document, PdfMetadata metadata) throws IOException {
        ZonedDateTime created = metadata.created().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
        Calendar calendar = GregorianCalendar.from(created);

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        if (metadata.author() != null) {
            info.setAuthor(metadata.author());
        }
        if (metadata.subject() != null) {
            info.setSubject(metadata.subject());
        }
        info.setProducer(PdfMetadata.PRODUCER);
        info.setCreator(PdfMetadata.PRODUCER);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(metadata, created).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);
        catalog.setLanguage("fr-FR");

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_ICC));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    static String xmp(PdfMetadata metadata, ZonedDateTime created) {
        String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder xml = new StringBuilder(1600);
        xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(metadata.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (metadata.author() != null) {
            xml.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(metadata.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (metadata.subject() != null) {
            xml.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(metadata.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xml.append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(escape(PdfMetadata.PRODUCER)).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>").append(escape(PdfMetadata.PRODUCER)).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("</rdf:Description>\n")
                .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xml.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
