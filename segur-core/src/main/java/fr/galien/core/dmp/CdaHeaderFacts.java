package fr.galien.core.dmp;

import fr.galien.core.error.SegurException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the DMP metadata takes from a CDA header (specs §1.5 "XDS metadata ← CDA header"): unique id
 * ({@code ClinicalDocument/id} root[^extension]), type code and its system, title, confidentiality, version, and
 * whether the body is a PDF ({@code nonXMLBody}, level 1). Read with StAX, no DTD, no external entity, stopping at
 * the body: a hostile document is refused ({@code DMP-0005}), never resolved.
 */
record CdaHeaderFacts(String uniqueId, String typeCode, String typeSystem, String typeDisplay, String title,
                      String confidentiality, int version, boolean nonXmlBody) {

    private static final String HL7 = "urn:hl7-org:v3";
    private static final int MAX_BYTES = 40 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    static CdaHeaderFacts read(byte[] cda) {
        if (cda.length > MAX_BYTES) {
            throw new SegurException(DmpRuleError.DMP_0005, "taille");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        String uniqueId = null;
        String typeCode = null;
        String typeSystem = null;
        String typeDisplay = null;
        String title = null;
        String confidentiality = null;
        int version = 1;
        boolean nonXml = false;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(cda));
            int depth = 0;
            boolean body = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new SegurException(DmpRuleError.DMP_0005, "DOCTYPE");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new SegurException(DmpRuleError.DMP_0005, "imbrication");
                }
                String name = reader.getLocalName();
                if (depth == 1 && (!HL7.equals(reader.getNamespaceURI()) || !name.equals("ClinicalDocument"))) {
                    throw new SegurException(DmpRuleError.DMP_0005, "pas un ClinicalDocument");
                }
                if (depth == 2) {
                    switch (name) {
                        case "id" -> {
                            String extension = reader.getAttributeValue(null, "extension");
                            uniqueId = reader.getAttributeValue(null, "root")
                                    + (extension == null || extension.isBlank() ? "" : "^" + extension);
                        }
                        case "code" -> {
                            typeCode = reader.getAttributeValue(null, "code");
                            typeSystem = reader.getAttributeValue(null, "codeSystem");
                            typeDisplay = reader.getAttributeValue(null, "displayName");
                        }
                        case "title" -> title = reader.getElementText().strip();
                        case "confidentialityCode" -> confidentiality = reader.getAttributeValue(null, "code");
                        case "versionNumber" -> version = Integer.parseInt(reader.getAttributeValue(null, "value"));
                        case "component" -> body = true;
                        default -> { }
                    }
                    if (name.equals("title")) {
                        depth--;
                    }
                } else if (body && depth == 3) {
                    nonXml = name.equals("nonXMLBody");
                    break;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof SegurException refused) {
                throw refused;
            }
            throw new SegurException(DmpRuleError.DMP_0005, e, "XML illisible");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Nothing held beyond the array.
                }
            }
        }
        if (uniqueId == null || uniqueId.startsWith("null") || typeCode == null || title == null
                || confidentiality == null) {
            throw new SegurException(DmpRuleError.DMP_0005, "id, code, title ou confidentialityCode absent");
        }
        return new CdaHeaderFacts(uniqueId, typeCode, typeSystem == null ? "2.16.840.1.113883.6.1" : typeSystem,
                typeDisplay == null ? title : typeDisplay, title, confidentiality, version, nonXml);
    }
}
