package fr.galien.sandbox.insi;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a request into an {@link XmlNode} tree with StAX, refusing what a hostile sender could use against us
 * (decisions.md « XML hardening »): any DOCTYPE (so no entity expansion and no external entity can ever be
 * resolved), entity references, nesting deeper than {@link #MAX_DEPTH}, more than {@link #MAX_ELEMENTS} elements, a
 * text longer than {@link #MAX_TEXT}. The byte size is capped before parsing by the caller. StAX streams, so a
 * 10⁵-deep document stops at the depth cap without recursion or stack growth; JDK secure processing alone would not.
 */
final class SafeXmlReader {

    /** An INSi request with a SAML assertion and its signature nests about 10 deep. */
    static final int MAX_DEPTH = 48;
    static final int MAX_ELEMENTS = 5_000;
    /** Longest text node: a base64 X.509 certificate in the assertion is about 3 KB. */
    static final int MAX_TEXT = 16 * 1024;
    static final int MAX_ATTRIBUTES = 32;

    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXmlReader() {
    }

    static XmlNode parse(byte[] xml) throws XmlRefusedException {
        XMLStreamReader reader;
        try {
            synchronized (FACTORY) {
                reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            }
        } catch (XMLStreamException e) {
            throw new XmlRefusedException("Le message n'est pas un document XML lisible.", e);
        }
        try {
            return read(reader);
        } catch (XMLStreamException e) {
            throw new XmlRefusedException("Le message n'est pas un document XML bien formé.", e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Nothing to free beyond the in-memory stream.
            }
        }
    }

    private static XmlNode read(XMLStreamReader reader) throws XMLStreamException, XmlRefusedException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlNode root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new XmlRefusedException(
                        "Les déclarations DOCTYPE sont refusées.");
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.NOTATION_DECLARATION -> throw new XmlRefusedException(
                        "Les entités XML sont refusées.");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root != null) {
                        throw new XmlRefusedException("Le message contient plusieurs éléments racines.");
                    }
                    if (open.size() >= MAX_DEPTH) {
                        throw new XmlRefusedException("Le message est imbriqué trop profondément (plus de "
                                + MAX_DEPTH + " niveaux).");
                    }
                    if (++elements > MAX_ELEMENTS) {
                        throw new XmlRefusedException("Le message contient trop d'éléments (plus de "
                                + MAX_ELEMENTS + ").");
                    }
                    open.push(Builder.start(reader));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().appendText(reader.getTextCharacters(), reader.getTextStart(),
                                reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlNode done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                default -> {
                    // Comments, processing instructions, document start and end carry nothing we read.
                }
            }
        }
        if (root == null) {
            throw new XmlRefusedException("Le message ne contient aucun élément.");
        }
        return root;
    }

    private static final class Builder {
        private final String namespace;
        private final String localName;
        private final Map<String, String> attributes;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlNode> children = new ArrayList<>();

        private Builder(String namespace, String localName, Map<String, String> attributes) {
            this.namespace = namespace;
            this.localName = localName;
            this.attributes = attributes;
        }

        static Builder start(XMLStreamReader reader) throws XmlRefusedException {
            int count = reader.getAttributeCount();
            if (count > MAX_ATTRIBUTES) {
                throw new XmlRefusedException("Un élément porte trop d'attributs (plus de " + MAX_ATTRIBUTES + ").");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String ns = reader.getAttributeNamespace(i);
                String name = reader.getAttributeLocalName(i);
                attributes.put(ns == null || ns.isEmpty() ? name : "{" + ns + "}" + name, reader.getAttributeValue(i));
            }
            String ns = reader.getNamespaceURI();
            return new Builder(ns == null ? "" : ns, reader.getLocalName(), attributes);
        }

        void appendText(char[] chars, int start, int length) throws XmlRefusedException {
            if (text.length() + length > MAX_TEXT) {
                throw new XmlRefusedException("Un texte du message est trop long (plus de " + MAX_TEXT
                        + " caractères).");
            }
            text.append(chars, start, length);
        }

        XmlNode build() {
            return new XmlNode(namespace, localName, attributes, text.toString(), children);
        }
    }

    /**
     * The JDK's own StAX implementation whatever the class path holds, with DTDs and external entities off; the
     * DTD event is refused above in any case. Secure processing keeps the JDK's entity and size limits on.
     */
    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused: " + systemId);
        });
        return factory;
    }
}
