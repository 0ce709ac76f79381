package fr.galien.ins;

import static fr.galien.ins.InsiAnswers.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import fr.galien.core.error.SegurException;
import fr.galien.kit.xml.XmlLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile answers (issue 4, "bad input and failure"): a clear INS error, no crash, no file read, no network call.
 * A loopback server counts any attempt to fetch an external entity or DTD.
 */
class HostileXmlTest {

    private static final String SECRET = "CONTENU-SECRET-DU-FICHIER";

    @TempDir
    Path dir;

    private Path secretFile;
    private HttpServer trap;
    private final AtomicInteger trapHits = new AtomicInteger();
    private final InsiResponseParser parser = new InsiResponseParser();

    @BeforeEach
    void setUp() throws IOException {
        secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
        trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", exchange -> {
            trapHits.incrementAndGet();
            byte[] body = "<!ENTITY x 'fetched'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        trap.start();
    }

    @AfterEach
    void tearDown() {
        trap.stop(0);
    }

    @Test
    void externalFileEntityIsRefusedAndTheFileIsNotRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>"
                + InsiAnswers.CR01.substring(InsiAnswers.CR01.indexOf("<soap:Envelope"))
                        .replace("Aucune identite trouvee", "&xxe;");

        SegurException error = parse(xml);

        assertThat(error.code()).isEqualTo("INS-0107");
        assertThat(error.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void externalDtdIsNeitherFetchedNorAccepted() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope SYSTEM \"" + trapUrl("dtd") + "\">"
                + InsiAnswers.CR01.substring(InsiAnswers.CR01.indexOf("<soap:Envelope"));

        SegurException error = parse(xml);

        assertThat(error.code()).isEqualTo("INS-0107");
        assertThat(trapHits).hasValue(0);
    }

    @Test
    void externalHttpEntityIsNotFetched() {
        String xml = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + trapUrl("p") + "\"> %p;]><r>&x;</r>";

        assertThat(parse(xml).code()).isEqualTo("INS-0107");
        assertThat(trapHits).hasValue(0);
    }

    @Test
    void entityExpansionBombIsRefused() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE r [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY a").append(i).append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");

        assertThat(parse(doctype + "<r>&a9;</r>").code()).isEqualTo("INS-0107");
    }

    @Test
    void undeclaredEntityReferenceIsUnreadable() {
        assertThat(parse(InsiAnswers.CR01.replace("Aucune identite trouvee", "&xxe;")).code()).isEqualTo("INS-0105");
    }

    @Test
    void hundredThousandLevelsOfNestingEndInALimitError() {
        String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);

        assertThat(parse(deep).code()).isEqualTo("INS-0108");
    }

    @Test
    void deepNestingIsStoppedByTheDepthLimitEvenWithinTheSizeLimit() {
        InsiResponseParser generous = new InsiResponseParser(new XmlLimits(10_000_000, 32, 4096, 1_000_000, 32));
        String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);

        Throwable thrown = catchThrowable(() -> generous.parse(bytes(deep)));

        assertThat(thrown).isInstanceOf(SegurException.class);
        assertThat(((SegurException) thrown).userMessage()).contains("profondeur");
    }

    @Test
    void hugeTextIsStoppedByTheTextLimit() {
        String huge = InsiAnswers.CR01.replace("Aucune identite trouvee", "A".repeat(100_000));

        SegurException error = parse(huge);

        assertThat(error.code()).isEqualTo("INS-0108");
        assertThat(error.userMessage()).contains("texte");
    }

    @Test
    void oversizedAnswerIsRefusedBeforeParsing() {
        String padded = InsiAnswers.CR01.replace("</RESULTAT>", "</RESULTAT>" + "<!-- x -->".repeat(20_000));

        SegurException error = parse(padded);

        assertThat(error.code()).isEqualTo("INS-0108");
        assertThat(error.userMessage()).contains("octets");
    }

    @Test
    void tooManyElementsAreRefused() {
        String many = InsiAnswers.CR01.replace("</CR>", "</CR>" + "<x/>".repeat(5_000));

        assertThat(parse(many).code()).isEqualTo("INS-0108");
    }

    @Test
    void invalidUtf8IsUnreadable() {
        byte[] body = bytes(InsiAnswers.CR01);
        body[body.length / 2] = (byte) 0xC3;
        body[body.length / 2 + 1] = (byte) 0x28;

        Throwable thrown = catchThrowable(() -> parser.parse(body));

        assertThat(thrown).isInstanceOf(SegurException.class);
        assertThat(((SegurException) thrown).code()).isEqualTo("INS-0105");
    }

    @Test
    void processingInstructionsAndCommentsAreHarmless() {
        String xml = InsiAnswers.CR02.replace("<CR>", "<?php echo 1 ?><!-- commentaire --><CR>");

        assertThat(parser.parse(bytes(xml))).isInstanceOf(InsiAnswer.Result.class);
    }

    private String trapUrl(String path) {
        return "http://127.0.0.1:" + trap.getAddress().getPort() + "/" + path;
    }

    private SegurException parse(String xml) {
        Throwable thrown = catchThrowable(() -> parser.parse(bytes(xml)));
        assertThat(thrown).isInstanceOf(SegurException.class);
        return (SegurException) thrown;
    }
}
