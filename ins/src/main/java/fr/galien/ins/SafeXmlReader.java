package fr.galien.ins;

import fr.galien.core.error.SegurException;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML answer from a national service into an {@link XmlNode} tree, refusing what an answer never needs
 * (decisions.md "XML hardening"): a DOCTYPE (so no entity, internal or external, is ever declared, expanded or
 * fetched), entity references, external resources of any kind, more than {@link XmlLimits} allow in size, depth,
 * text length or element count. Uses the JDK's own StAX implementation ({@link XMLInputFactory#newDefaultFactory()})
 * whatever else is on the class path, so the properties below are known to hold. Streaming, so deep nesting cannot
 * exhaust the stack.
 *
 * <p>Every failure is a {@link SegurException} ({@code INS-0105} not well-formed, {@code INS-0107} DOCTYPE or entity,
 * {@code INS-0108} limit): no other exception leaves {@link #read}. Error details carry positions, never content.
 */
final class SafeXmlReader {

    private final XmlLimits limits;

    SafeXmlReader(XmlLimits limits) {
        this.limits = limits;
    }

    XmlNode read(byte[] document) {
        if (document.length > limits.maxBytes()) {
            throw new SegurException(InsiError.INS_0108, "taille " + document.length + " octets, maximum "
                    + limits.maxBytes());
        }
        XMLStreamReader reader = null;
        try {
            // A factory per document: cheap, and no question of sharing one across the callers' threads.
            reader = hardenedFactory(limits).createXMLStreamReader(new ByteArrayInputStream(document));
            return readTree(reader);
        } catch (XMLStreamException e) {
            throw new SegurException(InsiError.INS_0105, e, where(e.getLocation()));
        } catch (SegurException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser has thrown unchecked exceptions on some malformed inputs: hostile input must end in a
            // clear error, never in an unexpected exception (issue 4, "no crash").
            throw new SegurException(InsiError.INS_0105, e, "erreur interne de lecture");
        } finally {
            close(reader);
        }
    }

    private XmlNode readTree(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlNode root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new SegurException(InsiError.INS_0107, "DOCTYPE");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new SegurException(InsiError.INS_0107, "entité");
                case XMLStreamConstants.START_ELEMENT -> {
                    elements++;
                    if (elements > limits.maxElements()) {
                        throw new SegurException(InsiError.INS_0108, "plus de " + limits.maxElements() + " éléments");
                    }
                    if (open.size() >= limits.maxDepth()) {
                        throw new SegurException(InsiError.INS_0108, "profondeur supérieure à " + limits.maxDepth());
                    }
                    open.push(new Builder(reader));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    Builder current = open.peek();
                    if (current != null) {
                        current.append(reader, limits.maxText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlNode node = open.pop().build();
                    Builder parent = open.peek();
                    if (parent == null) {
                        root = node;
                    } else {
                        parent.children.add(node);
                    }
                }
                default -> {
                    // comments, processing instructions, start/end document: nothing an answer needs
                }
            }
        }
        if (root == null) {
            throw new SegurException(InsiError.INS_0105, "document vide");
        }
        return root;
    }

    private static XMLInputFactory hardenedFactory(XmlLimits limits) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused");
        });
        // The JDK's own depth limit as a second line behind ours (ours fires first, with the clearer message). Its
        // entity limits are left at their defaults: no entity can be declared here, and tightening them would
        // break &amp; and the other predefined ones.
        factory.setProperty("jdk.xml.maxElementDepth", Integer.toString(limits.maxDepth() + 1));
        return factory;
    }

    private static String where(Location location) {
        if (location == null) {
            return "position inconnue";
        }
        return "ligne " + location.getLineNumber() + ", colonne " + location.getColumnNumber();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException | RuntimeException e) {
                // nothing to release beyond the in-memory stream
            }
        }
    }

    private static final class Builder {
        private final String namespace;
        private final String localName;
        private final Map<String, String> attributes = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<XmlNode> children = new ArrayList<>();

        Builder(XMLStreamReader reader) {
            namespace = reader.getNamespaceURI();
            localName = reader.getLocalName();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }

        void append(XMLStreamReader reader, int maxText) {
            if (text.length() + reader.getTextLength() > maxText) {
                throw new SegurException(InsiError.INS_0108, "texte de plus de " + maxText + " caractères");
            }
            text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        }

        XmlNode build() {
            return new XmlNode(namespace, localName, attributes, text.toString(), children);
        }
    }
}
