package fr.galien.app.ui.documents;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The human-readable part of a CDA: a level-1 document's embedded PDF rendered as pages, otherwise the title and
 * each section's title and narrative as plain text. Read with StAX without DTDs or external entities and with a
 * nesting limit: nothing in the document is resolved, fetched or executed.
 */
public final class CdaPreview {

    private static final int MAX_DEPTH = 200;

    private CdaPreview() {
    }

    public static DocumentPreview of(byte[] cda) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        StringBuilder text = new StringBuilder();
        String title = null;
        StringBuilder base64 = null;
        int depth = 0;
        boolean inNarrative = false;
        int narrativeDepth = 0;
        boolean inTitle = false;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(cda));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return new DocumentPreview.Unreadable("CDA avec DOCTYPE refusé");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        return new DocumentPreview.Unreadable("CDA trop imbriqué");
                    }
                    String name = reader.getLocalName();
                    if ("title".equals(name) && !inNarrative) {
                        inTitle = true;
                        if (title != null) {
                            text.append("\n\n");
                        }
                    } else if ("text".equals(name) && "B64".equals(reader.getAttributeValue(null, "representation"))) {
                        base64 = new StringBuilder();
                    } else if ("text".equals(name)) {
                        inNarrative = true;
                        narrativeDepth = depth;
                        text.append('\n');
                    } else if (inNarrative && ("paragraph".equals(name) || "tr".equals(name)
                            || "item".equals(name) || "br".equals(name))) {
                        text.append('\n');
                    } else if (inNarrative && ("td".equals(name) || "th".equals(name))) {
                        text.append(" | ");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (inNarrative && depth == narrativeDepth) {
                        inNarrative = false;
                    }
                    if ("title".equals(reader.getLocalName())) {
                        inTitle = false;
                    }
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    String chars = reader.getText();
                    if (base64 != null && !inNarrative) {
                        base64.append(chars.strip());
                    } else if (inTitle) {
                        if (title == null) {
                            title = chars.strip();
                        } else {
                            text.append(chars.strip());
                        }
                    } else if (inNarrative) {
                        text.append(chars.replaceAll("\\s+", " "));
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return new DocumentPreview.Unreadable("CDA illisible : " + e.getClass().getSimpleName());
        }
        if (base64 != null && base64.length() > 0) {
            try {
                return DocumentPreviews.pdf(Base64.getMimeDecoder().decode(base64.toString()));
            } catch (IllegalArgumentException e) {
                return new DocumentPreview.Unreadable("PDF du CDA illisible");
            }
        }
        return new DocumentPreview.Text(title, text.toString().strip());
    }
}
