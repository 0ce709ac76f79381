package fr.galien.core.cda;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, unchecked wrapper over the JDK's StAX writer for the HL7 v3 namespace: the writer escapes every text and
 * attribute, so no value can change the document's structure. Not thread-safe; one per document.
 */
final class CdaXml {

    static final String HL7 = "urn:hl7-org:v3";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String PHARM = "urn:ihe:pharm:medication";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream out;
    private final XMLStreamWriter writer;

    CdaXml(int expectedSize) {
        out = new ByteArrayOutputStream(expectedSize);
        try {
            writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the root element with the HL7 default namespace (and the pharm one when asked). */
    CdaXml root(String name, boolean pharm) {
        try {
            writer.setDefaultNamespace(HL7);
            writer.setPrefix("xsi", XSI);
            writer.writeStartElement(HL7, name);
            writer.writeDefaultNamespace(HL7);
            writer.writeNamespace("xsi", XSI);
            if (pharm) {
                writer.setPrefix("pharm", PHARM);
                writer.writeNamespace("pharm", PHARM);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    CdaXml start(String name) {
        try {
            writer.writeStartElement(HL7, name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    CdaXml startPharm(String name) {
        try {
            writer.writeStartElement(PHARM, name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attribute of the element just opened; skipped when the value is null. */
    CdaXml attr(String name, String value) {
        if (value == null) {
            return this;
        }
        try {
            writer.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    CdaXml xsiType(String type) {
        try {
            writer.writeAttribute("xsi", XSI, "type", type);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    CdaXml text(String value) {
        if (value == null) {
            return this;
        }
        try {
            writer.writeCharacters(value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    CdaXml end() {
        try {
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>text</name>}. */
    CdaXml element(String name, String text) {
        return start(name).text(text).end();
    }

    /** An empty element with attributes given as name/value pairs (null values skipped). */
    CdaXml empty(String name, String... attributes) {
        try {
            writer.writeEmptyElement(HL7, name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    /** A coded element ({@code code}, {@code codeSystem}, {@code displayName}). */
    CdaXml code(String name, CdaCode code) {
        return empty(name, "code", code.code(), "codeSystem", code.system(), "displayName", code.display());
    }

    CdaXml templateId(String root) {
        return empty("templateId", "root", root);
    }

    CdaXml templateId(String root, String extension) {
        return empty("templateId", "root", root, "extension", extension);
    }

    byte[] finish() {
        try {
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String utf8(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
