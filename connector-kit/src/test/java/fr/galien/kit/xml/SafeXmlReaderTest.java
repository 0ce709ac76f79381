package fr.galien.kit.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.kit.xml.XmlRefusedException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken documents are refused with a reason and a content-free detail; sound ones read as a tree. */
class SafeXmlReaderTest {

    private static final XmlLimits LIMITS = new XmlLimits(64 * 1024, 8, 100, 50, 4);
    private final SafeXmlReader reader = new SafeXmlReader(LIMITS);

    private XmlRefusedException refused(String xml) {
        return refused(reader, xml);
    }

    private static XmlRefusedException refused(SafeXmlReader reader, String xml) {
        return catchThrowableOfType(XmlRefusedException.class,
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private XmlNode read(String xml) throws XmlRefusedException {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsNamespacesAttributesTextAndChildrenInOrder() throws Exception {
        XmlNode root = read("<r xmlns='urn:a' xmlns:x='urn:x' id='1' x:t='2'>"
                + "<n>  ADRUN </n><n/><m>&#65;&amp;B</m></r>");

        assertThat(root.is("urn:a", "r")).isTrue();
        assertThat(root.attribute("id")).contains("1");
        assertThat(root.attribute("{urn:x}t")).as("a namespaced attribute is keyed {uri}local").contains("2");
        assertThat(root.children("urn:a", "n")).hasSize(2);
        assertThat(root.childText("urn:a", "n")).contains("ADRUN");
        assertThat(root.childText("urn:a", "m")).contains("A&B");
        assertThat(root.qualifiedName()).isEqualTo("{urn:a}r");
        assertThat(root.displayName()).isEqualTo("r");
    }

    @Test
    void blankChildIsPresentForChildTextButAbsentForNonBlankChildText() throws Exception {
        XmlNode root = read("<r><blank>  </blank></r>");

        assertThat(root.childText("", "blank")).contains("");
        assertThat(root.nonBlankChildText("", "blank")).isEmpty();
        assertThat(root.childText("", "missing")).isEmpty();
    }

    @Test
    void externalEntityIsRefusedAndTheFileIsNotRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CONTENU-SECRET");

        XmlRefusedException e = refused("<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r>&x;</r>");

        assertThat(e.reason()).isEqualTo(Reason.DECLARATION);
        assertThat(e.detail()).isEqualTo("DOCTYPE");
        assertThat(e.userMessage()).doesNotContain("CONTENU-SECRET").contains("déclaration de type de document");
    }

    @Test
    void entityExpansionBombIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }

        assertThat(refused(dtd + "]><r>&a9;</r>").reason()).isEqualTo(Reason.DECLARATION);
    }

    @Test
    void hundredThousandLevelsStopAtTheDepthLimit() {
        SafeXmlReader roomy = new SafeXmlReader(new XmlLimits(10_000_000, 8, 100, 1_000_000, 4));

        XmlRefusedException e = refused(roomy, "<a>".repeat(100_000) + "</a>".repeat(100_000));

        assertThat(e.reason()).isEqualTo(Reason.LIMIT);
        assertThat(e.detail()).isEqualTo("profondeur supérieure à 8 niveaux");
    }

    @Test
    void eachLimitIsEnforcedWithItsOwnDetail() {
        assertThat(refused("<r>" + "x".repeat(101) + "</r>").detail()).isEqualTo("texte de plus de 100 caractères");
        assertThat(refused("<r>" + "<e/>".repeat(50) + "</r>").detail()).isEqualTo("plus de 50 éléments");
        assertThat(refused("<r a='1' b='2' c='3' d='4' e='5'/>").detail())
                .isEqualTo("plus de 4 attributs sur un élément");
        XmlRefusedException size = refused("<r>" + " ".repeat(64 * 1024) + "</r>");
        assertThat(size.reason()).isEqualTo(Reason.LIMIT);
        assertThat(size.detail()).startsWith("taille ").endsWith("octets, maximum 65536");
    }

    @Test
    void malformedDocumentsAreRefusedWithAPosition() {
        XmlRefusedException truncated = refused("<r>\n<a>texte");

        assertThat(truncated.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(truncated.detail()).startsWith("ligne ");
        assertThat(refused("").reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refused("{\"json\":true}").reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refused("<r/><s/>").reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] body = "<r>abcdef</r>".getBytes(StandardCharsets.UTF_8);
        body[5] = (byte) 0xC3;
        body[6] = (byte) 0x28;

        assertThat(catchThrowableOfType(XmlRefusedException.class, () -> reader.read(body)).reason())
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void undeclaredEntityIsMalformed() {
        assertThat(refused("<r>&nope;</r>").reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void commentsAndProcessingInstructionsAreIgnored() throws Exception {
        assertThat(read("<?xml version='1.0'?><!-- c --><r><?pi x?><a>1</a></r>").childText("", "a")).contains("1");
    }

    @Test
    void eachReasonHasItsKitCode() {
        assertThat(refused("<r>").toSegurException().code()).isEqualTo("KIT-0003");
        assertThat(refused("<!DOCTYPE r><r/>").toSegurException().code()).isEqualTo("KIT-0004");
        assertThat(refused("<r>" + "x".repeat(101) + "</r>").toSegurException().code()).isEqualTo("KIT-0005");
    }
}
