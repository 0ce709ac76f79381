package fr.galien.core.mssante;

import fr.galien.core.error.SegurException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated hostile inputs over the receiving side (issue 13): whatever the bytes, the MIME reader, the XDM reader
 * and the CDA header reader answer or refuse with a declared code ({@link SegurException}); no other exception
 * escapes, nothing is written anywhere (they work in memory).
 */
class HostileInputPropertiesTest {

    private static final List<String> FRAGMENTS = List.of("\r\n", "\n", "--b", "--b--", "Content-Type: ",
            "multipart/mixed; boundary=\"b\"", "multipart/report; report-type=delivery-status; boundary=b",
            "message/delivery-status", "message/disposition-notification", "text/html", "text/plain; charset=x-bogus",
            "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable", "=?UTF-8?B?", "?=",
            "=?x?Q?=FF=?=", "filename*=UTF-8''%FF%", "name=\"../../x\"", "Message-ID: <", ">", ":", " ", "\t",
            "<script>", "&#xFFFFFF;", "&#99999999;", "=", "==", "Final-Recipient: rfc822;", "Action: failed");

    @Provide
    Arbitrary<byte[]> hostileMime() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(20));
        return pieces.list().ofMaxSize(200).map(list -> String.join("", list).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void theMimeReaderNeverThrowsAnUndeclaredException(@ForAll("hostileMime") byte[] message) {
        try {
            MimeReader.read(message);
        } catch (SegurException declared) {
            // refused with a code: fine
        }
    }

    @Property(tries = 200)
    void theMimeReaderSurvivesRawBytes(@ForAll byte[] message) {
        try {
            MimeReader.read(message);
        } catch (SegurException declared) {
            // refused with a code: fine
        }
    }

    @Provide
    Arbitrary<byte[]> hostileZip() {
        Arbitrary<String> names = Arbitraries.of("IHE_XDM/SUBSET01/METADATA.XML", "IHE_XDM/SUBSET01/DOC0001.XML",
                "../x", "IHE_XDM/../../y", "/abs", "a\\b", "INDEX.HTM", "IHE_XDM/SUBSET01/", "C:x", "\u0000");
        Arbitrary<String> contents = Arbitraries.of("<x/>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "<lcm:SubmitObjectsRequest xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\" "
                        + "xmlns:rim=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\"><rim:ExtrinsicObject "
                        + "mimeType=\"text/xml\"><rim:Slot name=\"URI\"><rim:ValueList><rim:Value>DOC0001.XML"
                        + "</rim:Value></rim:ValueList></rim:Slot></rim:ExtrinsicObject></lcm:SubmitObjectsRequest>",
                "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><id root=\"1.2\"/></ClinicalDocument>", "garbage<<",
                "");
        return Combinators.combine(names.list().ofMaxSize(6), contents.list().ofMaxSize(6)).as((n, c) -> {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                    for (int i = 0; i < n.size(); i++) {
                        zip.putNextEntry(new ZipEntry(n.get(i) + (i > 0 && n.get(i).equals(n.get(i - 1)) ? i : "")));
                        zip.write((i < c.size() ? c.get(i) : "").getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                }
                return bytes.toByteArray();
            } catch (IOException | IllegalArgumentException e) {
                return new byte[] {1, 2, 3};
            }
        });
    }

    @Property(tries = 300)
    void theXdmReaderNeverThrowsAnUndeclaredException(@ForAll("hostileZip") byte[] archive) {
        try {
            for (XdmArchive.Entry entry : XdmArchive.read(archive)) {
                CdaHeaderReader.read(entry.content(), entry.path());
            }
        } catch (SegurException declared) {
            // refused with a code: fine
        }
    }

    @Property(tries = 200)
    void theXdmReaderSurvivesRawBytes(@ForAll byte[] archive) {
        try {
            XdmArchive.read(archive);
        } catch (SegurException declared) {
            // refused with a code: fine
        }
    }
}
