package fr.galien.core.mssante;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the header of a CDA R2 document with {@link SafeStax} (no DOCTYPE, bounded), stopping at the body. Only
 * the elements Galien files by are read: a full CDA model is the {@code cda} work's.
 */
public final class CdaHeaderReader {

    private static final String HL7 = "urn:hl7-org:v3";

    private CdaHeaderReader() {
    }

    /**
     * @param name the file name, for the error message
     * @throws fr.galien.core.error.SegurException {@code XDM-0005} DOCTYPE, {@code XDM-0008} not a ClinicalDocument,
     *                                             {@code XDM-0010} beyond the limits
     */
    public static CdaHeader read(byte[] xml, String name) {
        State state = new State();
        String root = SafeStax.walk(xml, name, XdmError.XDM_0008, state);
        if (!"ClinicalDocument".equals(root) || !HL7.equals(state.rootNamespace)) {
            throw new fr.galien.core.error.SegurException(XdmError.XDM_0008, name);
        }
        return new CdaHeader(state.uniqueId, state.typeCode, state.typeSystem, state.typeDisplay,
                state.title.toString().strip(), state.effectiveTime, state.confidentiality, state.patientIds,
                state.birthName, state.firstNames, state.sex, state.birthTime, state.birthPlace,
                state.author.toString().strip(), state.mediaType);
    }

    /** Tracks the path of element names below ClinicalDocument. */
    private static final class State implements SafeStax.Visitor {
        final List<String> path = new ArrayList<>();
        String rootNamespace;
        String uniqueId;
        String typeCode;
        String typeSystem;
        String typeDisplay;
        final StringBuilder title = new StringBuilder();
        String effectiveTime;
        String confidentiality;
        final List<CdaHeader.PatientId> patientIds = new ArrayList<>();
        String birthName;
        String usedName;
        final List<String> firstNames = new ArrayList<>();
        String sex;
        String birthTime;
        String birthPlace;
        final StringBuilder author = new StringBuilder();
        String mediaType;
        StringBuilder capture;
        String captureQualifier;
        boolean authorNameDone;

        @Override
        public void start(XMLStreamReader reader, int depth) {
            String local = reader.getLocalName();
            if (depth == 1) {
                rootNamespace = reader.getNamespaceURI();
            }
            path.add(local);
            String p = String.join("/", path);
            switch (p) {
                case "ClinicalDocument/id" -> uniqueId = id(reader);
                case "ClinicalDocument/code" -> {
                    typeCode = attribute(reader, "code");
                    typeSystem = attribute(reader, "codeSystem");
                    typeDisplay = attribute(reader, "displayName");
                }
                case "ClinicalDocument/title" -> capture = title;
                case "ClinicalDocument/effectiveTime" -> effectiveTime = attribute(reader, "value");
                case "ClinicalDocument/confidentialityCode" -> confidentiality = attribute(reader, "code");
                case "ClinicalDocument/recordTarget/patientRole/id" -> patientIds.add(
                        new CdaHeader.PatientId(attribute(reader, "root"), attribute(reader, "extension")));
                case "ClinicalDocument/recordTarget/patientRole/patient/name/family",
                     "ClinicalDocument/recordTarget/patientRole/patient/name/given" -> {
                    capture = new StringBuilder();
                    captureQualifier = local + ":" + nullToEmpty(attribute(reader, "qualifier"));
                }
                case "ClinicalDocument/recordTarget/patientRole/patient/administrativeGenderCode" ->
                        sex = attribute(reader, "code");
                case "ClinicalDocument/recordTarget/patientRole/patient/birthTime" ->
                        birthTime = attribute(reader, "value");
                case "ClinicalDocument/recordTarget/patientRole/patient/birthplace/place/addr/county" -> {
                    capture = new StringBuilder();
                    captureQualifier = "county";
                }
                case "ClinicalDocument/author/assignedAuthor/assignedPerson/name/given",
                     "ClinicalDocument/author/assignedAuthor/assignedPerson/name/family" -> {
                    if (!authorNameDone) {
                        capture = author;
                        if (author.length() > 0) {
                            author.append(' ');
                        }
                    }
                }
                case "ClinicalDocument/component/nonXMLBody/text" -> mediaType = attribute(reader, "mediaType");
                default -> {
                }
            }
        }

        @Override
        public void end(XMLStreamReader reader, int depth) {
            String p = String.join("/", path);
            if (capture != null && captureQualifier != null && capture != title && capture != author) {
                String value = capture.toString().strip();
                switch (captureQualifier) {
                    case "family:BR" -> birthName = value;
                    case "family:", "family:CL", "family:SP" -> usedName = usedName == null ? value : usedName;
                    case "given:" -> {
                        if (firstNames.isEmpty()) {
                            for (String given : value.split("\\s+")) {
                                if (!given.isBlank()) {
                                    firstNames.add(given);
                                }
                            }
                        }
                    }
                    case "given:BR" -> {
                        if (firstNames.isEmpty()) {
                            firstNames.add(value);
                        }
                    }
                    case "county" -> birthPlace = value;
                    default -> {
                    }
                }
                capture = null;
                captureQualifier = null;
            } else if (p.equals("ClinicalDocument/title")) {
                capture = null;
            } else if (p.startsWith("ClinicalDocument/author/assignedAuthor/assignedPerson/name/")) {
                capture = null;
            } else if (p.equals("ClinicalDocument/author")) {
                authorNameDone = true;
            }
            if (birthName == null && usedName != null && p.equals("ClinicalDocument/recordTarget")) {
                birthName = usedName;
            }
            path.remove(path.size() - 1);
        }

        @Override
        public void text(String text, int depth) {
            if (capture != null) {
                if (capture.length() + text.length() > 1_000) {
                    return;
                }
                capture.append(text);
            }
        }

        private static String id(XMLStreamReader reader) {
            String root = attribute(reader, "root");
            String extension = attribute(reader, "extension");
            return extension == null || extension.isBlank() ? root : root + "^" + extension;
        }

        private static String attribute(XMLStreamReader reader, String name) {
            return reader.getAttributeValue(null, name);
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
