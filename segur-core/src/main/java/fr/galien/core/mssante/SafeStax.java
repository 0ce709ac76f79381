package fr.galien.core.mssante;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader hardened for XML that comes from outside (METADATA.XML, received CDA): no DTD, no external entity,
 * a DOCTYPE refused at once ({@code XDM-0005}) before anything is resolved, and limits on depth, element count and
 * text length ({@code XDM-0010}). The core cannot use connector-kit's reader (the kit depends on the core).
 */
final class SafeStax {

    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 200_000;
    static final int MAX_TEXT = 4_000_000;

    private static final XMLInputFactory FACTORY = factory();

    private SafeStax() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Receives the events the reader passes on; {@link #next} is the reader positioned on an element. */
    interface Visitor {
        void start(XMLStreamReader reader, int depth) throws XMLStreamException;

        default void end(XMLStreamReader reader, int depth) throws XMLStreamException {
        }

        default void text(String text, int depth) {
        }
    }

    /**
     * Walks the document; a malformed one fails with {@code malformed}, formatted with {@code name}.
     *
     * @return the local name of the root element
     */
    static String walk(byte[] xml, String name, ErrorCode malformed, Visitor visitor) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            int depth = 0;
            int elements = 0;
            long text = 0;
            String root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                            throw new SegurException(XdmError.XDM_0005, name);
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        elements++;
                        if (depth > MAX_DEPTH || elements > MAX_ELEMENTS) {
                            throw new SegurException(XdmError.XDM_0010, name);
                        }
                        if (root == null) {
                            root = reader.getLocalName();
                        }
                        visitor.start(reader, depth);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        visitor.end(reader, depth);
                        depth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        String chunk = reader.getText();
                        text += chunk.length();
                        if (text > MAX_TEXT) {
                            throw new SegurException(XdmError.XDM_0010, name);
                        }
                        visitor.text(chunk, depth);
                    }
                    default -> {
                        // comments, processing instructions, spaces: nothing to do
                    }
                }
            }
            if (root == null) {
                throw new SegurException(malformed, name);
            }
            return root;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof SegurException segur) {
                throw segur;
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("ntity")) {
                throw new SegurException(XdmError.XDM_0005, e, name);
            }
            throw new SegurException(malformed, e, name);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }
}
