package fr.galien.sandbox.insi;

import static fr.galien.sandbox.insi.InsiWire.fault;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken XML (issue 4 « Bad input and failure »): refused with a clean SOAP fault, no crash, no file
 * read, no network call, and the simulator keeps answering.
 */
class InsiHostileXmlTest {

    private static InsiSimulator simulator;
    private static InsiWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = InsiWire.started();
        wire = new InsiWire(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    private static InsiWire.Fault unreadable(String xml) throws Exception {
        HttpResponse<String> response = wire.post(xml, InsiWire.SOAP_TYPE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        InsiWire.Fault fault = fault(response);
        assertThat(fault.subcode()).isEqualTo("soap:siram_90");
        assertThat(fault.errorCode()).isEqualTo("desir_590");
        return fault;
    }

    private static void stillAnswers() throws Exception {
        HttpResponse<String> response = wire.post(InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31"));
        assertThat(InsiWire.resultat(response).codeCr()).isEqualTo("00");
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "CONTENU-SECRET-DU-DISQUE");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + InsiRequests.traits("ADRUN", "&x;", "F", "1975-12-31").xml().replaceFirst("<\\?xml[^>]*>", "")
                        .replace("&amp;x;", "&x;");

        InsiWire.Fault fault = unreadable(xml);

        assertThat(fault.erreur().getTextContent()).contains("DOCTYPE");
        assertThat(fault.element().getOwnerDocument().getDocumentElement().getTextContent())
                .doesNotContain("CONTENU-SECRET");
        stillAnswers();
    }

    @Test
    void entityExpansionBombIsRefusedAtOnce() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE b [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");

        unreadable(dtd + "<b>&l9;</b>");
        stillAnswers();
    }

    @Test
    void hundredThousandDeepNestingIsRefused() throws Exception {
        String xml = "<a>".repeat(100_000) + "</a>".repeat(100_000);

        InsiWire.Fault fault = unreadable(xml);

        assertThat(fault.erreur().getTextContent()).contains("profondeur supérieure à 48");
        stillAnswers();
    }

    @Test
    void hugeBodyIsRefusedWith413() throws Exception {
        byte[] huge = ("<a>" + "x".repeat(3 * 1024 * 1024) + "</a>").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = wire.post(huge, InsiWire.SOAP_TYPE, Duration.ofSeconds(30));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(fault(response).errorCode()).isEqualTo("desir_590");
        stillAnswers();
    }

    @Test
    void hugeTextWithinTheSizeCapIsRefused() throws Exception {
        String xml = InsiRequests.traits("ADRUN", "Z".repeat(200_000), "F", "1975-12-31").xml();

        InsiWire.Fault fault = unreadable(xml);

        assertThat(fault.erreur().getTextContent()).contains("texte de plus de");
    }

    @Test
    void tooManyElementsAreRefused() throws Exception {
        String xml = "<r>" + "<e/>".repeat(RequestXml.LIMITS.maxElements() + 1) + "</r>";

        assertThat(unreadable(xml).erreur().getTextContent()).contains("plus de 5000 éléments");
    }

    @Test
    void truncatedMessageIsRefused() throws Exception {
        String xml = InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31").xml();

        unreadable(xml.substring(0, xml.length() / 2));
    }

    @Test
    void textThatIsNotXmlIsRefused() throws Exception {
        unreadable("{\"NomNaissance\":\"ADRUN\"}");
    }

    @Test
    void emptyBodyIsRefused() throws Exception {
        unreadable("");
    }

    @Test
    void wellFormedXmlThatIsNotAnEnvelopeIsRefused() throws Exception {
        unreadable("<RECSANSVITALE xmlns=\"" + InsiNames.RECSANS + "\"/>");
    }

    @Test
    void envelopeWithoutBodyIsRefused() throws Exception {
        unreadable("<soap:Envelope xmlns:soap=\"" + InsiNames.SOAP12 + "\"><soap:Header/></soap:Envelope>");
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreRead() throws Exception {
        String xml = InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31").xml()
                .replace("<NomNaissance>ADRUN</NomNaissance>", "<NomNaissance>&#65;DRUN</NomNaissance>");

        assertThat(InsiWire.resultat(wire.post(xml, InsiWire.SOAP_TYPE)).codeCr()).isEqualTo("00");
    }
}
