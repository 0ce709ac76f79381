package fr.galien.core.mssante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.error.SegurException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Issue 13 « bad input »: hostile MIME and XDM are refused with their codes, nothing else escapes. */
class HostileMailTest {

    static byte[] zip(Object... nameAndContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < nameAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameAndContent[i]));
                Object content = nameAndContent[i + 1];
                if (content instanceof byte[] raw) {
                    zip.write(raw);
                } else if (content instanceof Integer zeros) {
                    byte[] block = new byte[1024 * 1024];
                    for (int m = 0; m < zeros; m++) {
                        zip.write(block);
                    }
                } else {
                    zip.write(((String) content).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipBombStopsWhileInflating() throws IOException {
        byte[] bomb = zip("IHE_XDM/SUBSET01/METADATA.XML", "<x/>", "IHE_XDM/SUBSET01/DOC0001.XML", 200);

        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(catchThrowableOfType(SegurException.class, () -> XdmArchive.read(bomb)).code())
                .isEqualTo("XDM-0003");
    }

    @Test
    void anEntryClimbingOutOfTheArchiveIsRefused() throws IOException {
        for (String name : List.of("../../etc/passwd", "IHE_XDM/../../x", "/abs/path", "C:\\windows\\x",
                "IHE_XDM\\SUBSET01\\METADATA.XML")) {
            byte[] evil = zip(name, "boom");
            assertThat(catchThrowableOfType(SegurException.class, () -> XdmArchive.read(evil)).code())
                    .as(name).isEqualTo("XDM-0002");
        }
    }

    @Test
    void metadataWithAnExternalEntityIsRefusedBeforeResolution() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<lcm:SubmitObjectsRequest xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\">&x;"
                + "</lcm:SubmitObjectsRequest>";
        byte[] archive = zip("IHE_XDM/SUBSET01/METADATA.XML", xxe);

        assertThat(catchThrowableOfType(SegurException.class, () -> XdmArchive.read(archive)).code())
                .isEqualTo("XDM-0005");
    }

    @Test
    void aCdaWithADoctypeIsRefused() {
        byte[] cda = ("<!DOCTYPE ClinicalDocument [<!ENTITY a \"aaaa\">]><ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
                + "&a;</ClinicalDocument>").getBytes(StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(SegurException.class, () -> CdaHeaderReader.read(cda, "DOC0001.XML"))
                .code()).isEqualTo("XDM-0005");
    }

    @Test
    void tenThousandPartsAreRefused() {
        StringBuilder mail = new StringBuilder("Message-ID: <a@b.mssante.fr>\r\nContent-Type: multipart/mixed; "
                + "boundary=\"b\"\r\n\r\n");
        for (int i = 0; i < 10_000; i++) {
            mail.append("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n");
        }
        mail.append("--b--\r\n");

        assertThat(catchThrowableOfType(SegurException.class,
                () -> MimeReader.read(mail.toString().getBytes(StandardCharsets.US_ASCII))).code())
                .isEqualTo("MSS-0009");
    }

    @Test
    void aMessageOverTheSizeLimitIsRefused() {
        byte[] huge = new byte[MimeReader.MAX_BYTES + 1];

        assertThat(catchThrowableOfType(SegurException.class, () -> MimeReader.read(huge)).code())
                .isEqualTo("MSS-0009");
    }

    @Test
    void htmlIsShownAsTextWithoutScriptsNorImages() {
        String raw = "Message-ID: <h@b.mssante.fr>\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><head><title>t</title><script>alert('x')</script></head><body><p>Bonjour&nbsp;"
                + "<img src=\"http://tracker.example/pixel.png\">Docteur</p><style>p{}</style></body></html>";

        ReceivedMail mail = MimeReader.read(raw.getBytes(StandardCharsets.UTF_8));

        assertThat(mail.text()).isEqualTo("Bonjour Docteur").doesNotContain("alert", "tracker", "<");
    }

    @Test
    void aWellFormedMailIsRead() {
        String raw = "From: =?UTF-8?B?RHIgSsOpcsO0bWU=?= <dr.jerome@medecin.mssante.fr>\r\n"
                + "To: <moi@medecin.mssante.fr>\r\nSubject: XDM/1.0/DDM+Compte rendu\r\n"
                + "Message-ID: <m1@medecin.mssante.fr>\r\nX-MSS-INS: O\r\n"
                + "Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "R=C3=A9sultat normal\r\n--zz\r\nContent-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sultat.pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0x\r\n--zz--\r\n";

        ReceivedMail mail = MimeReader.read(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(mail.fromName()).isEqualTo("Dr Jérôme");
        assertThat(mail.displaySubject()).isEqualTo("Compte rendu");
        assertThat(mail.text()).isEqualTo("Résultat normal\r\n".strip() + "");
        assertThat(mail.headers()).containsEntry("X-MSS-INS", "O");
        assertThat(mail.attachments()).singleElement().satisfies(part -> {
            assertThat(part.fileName()).isEqualTo("résultat.pdf");
            assertThat(new String(part.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1");
        });
    }
}
