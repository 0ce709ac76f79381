package fr.galien.kit.xml;

import fr.galien.kit.xml.XmlRefusedException.Reason;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML document received from outside (a national service's answer, a request reaching a simulator) into an
 * {@link XmlNode} tree, refusing what such a message never needs (decisions.md "XML hardening"): a DOCTYPE (so no
 * entity, internal or external, is ever declared, expanded or fetched), entity references, external resources of
 * any kind, and more than {@link XmlLimits} allow in size, depth, text length, element or attribute count. Uses the
 * JDK's own StAX implementation ({@link XMLInputFactory#newDefaultFactory()}) whatever else is on the class path, so
 * the properties below are known to hold. Streaming, so a 10⁵-deep document stops at the depth cap without
 * recursion or stack growth.
 *
 * <p>Every refusal is an {@link XmlRefusedException}: no other exception leaves {@link #read}. Details carry
 * positions and limits, never content. Thread-safe.
 */
public final class SafeXmlReader {

    private final XmlLimits limits;

    public SafeXmlReader(XmlLimits limits) {
        this.limits = limits;
    }

    public XmlLimits limits() {
        return limits;
    }

    public XmlNode read(byte[] document) throws XmlRefusedException {
        if (document.length > limits.maxBytes()) {
            throw refused(Reason.LIMIT, "taille " + document.length + " octets, maximum " + limits.maxBytes());
        }
        XMLStreamReader reader = null;
        try {
            // A factory per document: cheap, and no question of sharing one across the callers' threads.
            reader = hardenedFactory(limits).createXMLStreamReader(new ByteArrayInputStream(document));
            return readTree(reader);
        } catch (XMLStreamException e) {
            throw new XmlRefusedException(Reason.MALFORMED, where(e.getLocation()), e);
        } catch (LimitOrDeclaration e) {
            throw e.refusal;
        } catch (RuntimeException e) {
            // The JDK parser has thrown unchecked exceptions on some malformed inputs: hostile input must end in a
            // clear refusal, never in an unexpected exception.
            throw new XmlRefusedException(Reason.MALFORMED, "erreur interne de lecture", e);
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
                        XMLStreamConstants.NOTATION_DECLARATION -> throw stop(Reason.DECLARATION, "DOCTYPE");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw stop(Reason.DECLARATION, "entité");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root != null) {
                        throw stop(Reason.MALFORMED, "plusieurs éléments racines");
                    }
                    elements++;
                    if (elements > limits.maxElements()) {
                        throw stop(Reason.LIMIT, "plus de " + limits.maxElements() + " éléments");
                    }
                    if (open.size() >= limits.maxDepth()) {
                        throw stop(Reason.LIMIT, "profondeur supérieure à " + limits.maxDepth() + " niveaux");
                    }
                    open.push(new Builder(reader, limits.maxAttributes()));
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
                    // comments, processing instructions, start/end document: nothing a message needs
                }
            }
        }
        if (root == null) {
            throw stop(Reason.MALFORMED, "document vide");
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

    private static XmlRefusedException refused(Reason reason, String detail) {
        return new XmlRefusedException(reason, detail, null);
    }

    private static LimitOrDeclaration stop(Reason reason, String detail) {
        return new LimitOrDeclaration(refused(reason, detail));
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

    /** Carries a refusal out of the event loop, past the catch-all for the parser's own unchecked exceptions. */
    private static final class LimitOrDeclaration extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient XmlRefusedException refusal;

        LimitOrDeclaration(XmlRefusedException refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    private static final class Builder {
        private final String namespace;
        private final String localName;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<XmlNode> children = new ArrayList<>();

        Builder(XMLStreamReader reader, int maxAttributes) {
            namespace = reader.getNamespaceURI();
            localName = reader.getLocalName();
            int count = reader.getAttributeCount();
            if (count > maxAttributes) {
                throw stop(Reason.LIMIT, "plus de " + maxAttributes + " attributs sur un élément");
            }
            for (int i = 0; i < count; i++) {
                String ns = reader.getAttributeNamespace(i);
                String name = reader.getAttributeLocalName(i);
                attributes.put(ns == null || ns.isEmpty() ? name : "{" + ns + "}" + name, reader.getAttributeValue(i));
            }
        }

        void append(XMLStreamReader reader, int maxText) {
            if (text.length() + reader.getTextLength() > maxText) {
                throw stop(Reason.LIMIT, "texte de plus de " + maxText + " caractères");
            }
            text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        }

        XmlNode build() {
            return new XmlNode(namespace, localName, attributes, text.toString(), children);
        }
    }
}
