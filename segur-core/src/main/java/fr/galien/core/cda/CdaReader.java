package fr.galien.core.cda;

import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsOid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a clinical document received from outside — the DMP, an MSSanté message, a file — safely, for filing
 * (header metadata) and for display (its human-readable part as plain text, or the embedded PDF of a level-1
 * document). The hardening of decisions.md « XML hardening », like connector-kit's {@code SafeXmlReader} (which
 * core cannot use): the JDK's own StAX implementation, no DOCTYPE (so no entity is ever declared, expanded or
 * fetched: XXE and billion laughs end at the declaration), no external resource, an input size cap checked before
 * parsing, a maximum depth, element, attribute and text counts — all streaming, so 10⁵-deep nesting stops at the
 * cap without recursion. Nothing in the document is ever executed or followed: references, stylesheets and links
 * are text.
 *
 * <p>Every refusal is a {@link SegurException} with a {@code CDA-002x} code; no other exception leaves
 * {@link #read}. Thread-safe (no state between calls).
 */
public final class CdaReader {

    /** The whole document: a 20 MB PDF in base64 plus its header fits with room to spare. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Real CDA documents nest about 20 levels deep. */
    public static final int MAX_DEPTH = 200;
    public static final int MAX_ELEMENTS = 500_000;
    public static final int MAX_ATTRIBUTES = 64;
    /** Text directly inside one element (the base64 of a level-1 body excepted: bounded by {@link #MAX_BYTES}). */
    public static final int MAX_TEXT = 1024 * 1024;

    private static final String HL7 = "urn:hl7-org:v3";
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\u00A0]+");
    private static final char LINE_BREAK = '\u2028';

    private CdaReader() {
    }

    /** Reads a file, refusing it before loading when it is larger than the cap. */
    public static ReceivedCda read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SegurException(CdaError.CDA_0020, MAX_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new SegurException(CdaError.CDA_0027, e, file.getFileName());
        }
    }

    /** Reads a stream up to the cap (one byte more and the document is refused, without reading the rest). */
    public static ReceivedCda read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new SegurException(CdaError.CDA_0020, MAX_BYTES / (1024 * 1024));
        }
        return read(bytes);
    }

    public static ReceivedCda read(byte[] document) {
        if (document.length > MAX_BYTES) {
            throw new SegurException(CdaError.CDA_0020, MAX_BYTES / (1024 * 1024));
        }
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(document));
            return new Parse(reader).run();
        } catch (XMLStreamException e) {
            throw new SegurException(CdaError.CDA_0023, e, where(e.getLocation()));
        } catch (SegurException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser throws unchecked exceptions on some malformed inputs (and its own limits):
            // hostile input ends in a clear refusal, never in an unexpected exception.
            throw new SegurException(CdaError.CDA_0023, e, "erreur de lecture");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException | RuntimeException ignored) {
                    // in-memory stream: nothing to release
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused");
        });
        // The JDK's own depth limit as a second line behind ours.
        factory.setProperty("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH + 1));
        return factory;
    }

    private static String where(Location location) {
        return location == null ? "position inconnue"
                : "ligne " + location.getLineNumber() + ", colonne " + location.getColumnNumber();
    }

    /** One pass over the events; the path of local names tells where we are. */
    private static final class Parse {
        private final XMLStreamReader r;
        private final List<String> path = new ArrayList<>();
        private int elements;

        private String uniqueId = "";
        private String setId = "";
        private int version = 1;
        private String replacesId = "";
        private CdaCode type;
        private String title = "";
        private String effectiveTime;
        private String insMatricule = "";
        private String insOid = "";
        private String birthName = "";
        private String firstNames = "";
        private String firstFirstName = "";
        private String sex = "";
        private String birthDate = "";
        private int authors;
        private String authorId = "";
        private String authorGiven = "";
        private String authorFamily = "";
        private String authorSpecialty = "";
        private String authorOrganization = "";

        private StringBuilder capture;
        private String captureFor;
        private boolean pdfText;
        private String pdfMediaType;
        private StringBuilder base64;

        private final List<CdaSection> sections = new ArrayList<>();
        private final Deque<SectionBuilder> open = new ArrayDeque<>();
        private int narrativeDepth = -1;
        private List<String> row;
        private boolean headerRow;
        private StringBuilder cell;
        private StringBuilder paragraph;
        private StringBuilder loose;

        Parse(XMLStreamReader reader) {
            this.r = reader;
        }

        ReceivedCda run() throws XMLStreamException {
            boolean rootSeen = false;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                            XMLStreamConstants.NOTATION_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new SegurException(CdaError.CDA_0021);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (path.isEmpty()) {
                            if (rootSeen || !"ClinicalDocument".equals(r.getLocalName())
                                    || !HL7.equals(r.getNamespaceURI())) {
                                throw new SegurException(CdaError.CDA_0024);
                            }
                            rootSeen = true;
                        }
                        if (++elements > MAX_ELEMENTS) {
                            throw new SegurException(CdaError.CDA_0025, "plus de " + MAX_ELEMENTS + " éléments");
                        }
                        if (path.size() >= MAX_DEPTH) {
                            throw new SegurException(CdaError.CDA_0022, MAX_DEPTH);
                        }
                        if (r.getAttributeCount() > MAX_ATTRIBUTES) {
                            throw new SegurException(CdaError.CDA_0025,
                                    "plus de " + MAX_ATTRIBUTES + " attributs sur un élément");
                        }
                        path.add(r.getLocalName());
                        start(r.getLocalName());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            characters();
                    case XMLStreamConstants.END_ELEMENT -> {
                        end(r.getLocalName());
                        path.remove(path.size() - 1);
                    }
                    default -> {
                        // comments, processing instructions (stylesheets are never applied), document events
                    }
                }
            }
            if (!rootSeen) {
                throw new SegurException(CdaError.CDA_0024);
            }
            return result();
        }

        private boolean at(String... names) {
            if (path.size() != names.length + 1) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                if (!names[i].equals(path.get(i + 1))) {
                    return false;
                }
            }
            return true;
        }

        private String attr(String name) {
            String value = r.getAttributeValue(null, name);
            return value == null ? "" : value;
        }

        private void captureText(String key) {
            capture = new StringBuilder();
            captureFor = key;
        }

        private void start(String name) {
            if (at("id")) {
                uniqueId = ii();
            } else if (at("code")) {
                type = new CdaCode(attr("code"), attr("codeSystem"), attr("displayName"));
            } else if (at("title")) {
                captureText("title");
            } else if (at("effectiveTime")) {
                effectiveTime = attr("value");
            } else if (at("setId")) {
                setId = ii();
            } else if (at("versionNumber")) {
                version = parseVersion(attr("value"));
            } else if (at("relatedDocument", "parentDocument", "id")) {
                replacesId = ii();
            } else if (at("recordTarget", "patientRole", "id")) {
                if (InsOid.isKnown(attr("root")) && insMatricule.isEmpty()) {
                    insOid = attr("root");
                    insMatricule = attr("extension");
                }
            } else if (at("recordTarget", "patientRole", "patient", "name", "family")) {
                String qualifier = attr("qualifier");
                if ("BR".equals(qualifier) || (qualifier.isEmpty() && birthName.isEmpty())) {
                    captureText("birthName");
                }
            } else if (at("recordTarget", "patientRole", "patient", "name", "given")) {
                String qualifier = attr("qualifier");
                if (qualifier.isEmpty()) {
                    captureText("firstNames");
                } else if ("BR".equals(qualifier)) {
                    captureText("firstFirstName");
                }
            } else if (at("recordTarget", "patientRole", "patient", "administrativeGenderCode")) {
                sex = attr("code");
            } else if (at("recordTarget", "patientRole", "patient", "birthTime")) {
                birthDate = attr("value");
            } else if (at("author")) {
                authors++;
            } else if (authors == 1) {
                authorStart();
            }
            if (at("component", "nonXMLBody", "text")) {
                pdfText = true;
                pdfMediaType = attr("mediaType");
                base64 = new StringBuilder();
            }
            bodyStart(name);
        }

        private void authorStart() {
            if (at("author", "assignedAuthor", "id") && authorId.isEmpty()) {
                authorId = attr("extension");
            } else if (at("author", "assignedAuthor", "code")) {
                authorSpecialty = attr("displayName");
            } else if (at("author", "assignedAuthor", "assignedPerson", "name", "given")) {
                captureText("authorGiven");
            } else if (at("author", "assignedAuthor", "assignedPerson", "name", "family")) {
                captureText("authorFamily");
            } else if (at("author", "assignedAuthor", "representedOrganization", "name")) {
                captureText("authorOrganization");
            }
        }

        private void bodyStart(String name) {
            int depth = path.size();
            if ("section".equals(name) && path.contains("structuredBody")) {
                open.push(new SectionBuilder());
                return;
            }
            SectionBuilder section = open.peek();
            if (section == null) {
                return;
            }
            if (narrativeDepth < 0 && depth >= 2 && "section".equals(path.get(depth - 2))) {
                if ("title".equals(name)) {
                    captureText("sectionTitle");
                } else if ("text".equals(name)) {
                    narrativeDepth = depth;
                    loose = new StringBuilder();
                }
                return;
            }
            if (narrativeDepth < 0) {
                return;
            }
            switch (name) {
                case "tr" -> {
                    row = new ArrayList<>();
                    headerRow = path.contains("thead");
                }
                case "th", "td" -> {
                    cell = new StringBuilder();
                    if ("th".equals(name)) {
                        headerRow = headerRow || row == null || row.isEmpty();
                    }
                }
                case "paragraph", "item", "caption" -> {
                    if (cell == null) {
                        paragraph = new StringBuilder();
                    }
                }
                case "br" -> append(String.valueOf(LINE_BREAK));
                default -> {
                    // content, sub, sup, footnote…: their text joins the enclosing block
                }
            }
        }

        private void characters() {
            int length = r.getTextLength();
            if (pdfText) {
                if (base64.length() + length > MAX_BYTES) {
                    throw new SegurException(CdaError.CDA_0020, MAX_BYTES / (1024 * 1024));
                }
                base64.append(r.getTextCharacters(), r.getTextStart(), length);
                return;
            }
            if (length > MAX_TEXT) {
                throw new SegurException(CdaError.CDA_0025, "texte de plus de " + MAX_TEXT + " caractères");
            }
            String text = new String(r.getTextCharacters(), r.getTextStart(), length);
            if (capture != null) {
                if (capture.length() + length > MAX_TEXT) {
                    throw new SegurException(CdaError.CDA_0025, "texte de plus de " + MAX_TEXT + " caractères");
                }
                capture.append(text);
            } else if (narrativeDepth > 0) {
                append(text);
            }
        }

        private void append(String text) {
            StringBuilder target = cell != null ? cell : paragraph != null ? paragraph : loose;
            if (target != null) {
                if (target.length() + text.length() > MAX_TEXT) {
                    throw new SegurException(CdaError.CDA_0025, "texte de plus de " + MAX_TEXT + " caractères");
                }
                target.append(text);
            }
        }

        private void end(String name) {
            if (capture != null && isCaptureEnd(name)) {
                assignCapture(clean(capture));
                capture = null;
                captureFor = null;
            }
            if (pdfText && at("component", "nonXMLBody", "text")) {
                pdfText = false;
            }
            bodyEnd(name);
        }

        private boolean isCaptureEnd(String name) {
            return switch (captureFor) {
                case "title", "sectionTitle" -> "title".equals(name);
                case "birthName", "authorFamily" -> "family".equals(name);
                case "firstNames", "firstFirstName", "authorGiven" -> "given".equals(name);
                case "authorOrganization" -> "name".equals(name);
                default -> true;
            };
        }

        private void assignCapture(String text) {
            switch (captureFor) {
                case "title" -> title = text;
                case "sectionTitle" -> {
                    if (open.peek() != null) {
                        open.peek().title = text;
                    }
                }
                case "birthName" -> birthName = text;
                case "firstNames" -> firstNames = text;
                case "firstFirstName" -> firstFirstName = text;
                case "authorGiven" -> authorGiven = authorGiven.isEmpty() ? text : authorGiven + " " + text;
                case "authorFamily" -> authorFamily = text;
                case "authorOrganization" -> authorOrganization = text;
                default -> {
                }
            }
        }

        private void bodyEnd(String name) {
            int depth = path.size();
            if ("section".equals(name) && !open.isEmpty() && narrativeDepth < 0) {
                CdaSection done = open.pop().build();
                if (open.isEmpty()) {
                    sections.add(done);
                } else {
                    open.peek().children.add(done);
                }
                return;
            }
            if (narrativeDepth < 0) {
                return;
            }
            SectionBuilder section = open.peek();
            if (depth == narrativeDepth && "text".equals(name)) {
                String rest = clean(loose);
                if (!rest.isEmpty() && section != null) {
                    section.paragraphs.add(rest);
                }
                narrativeDepth = -1;
                loose = null;
                return;
            }
            switch (name) {
                case "th", "td" -> {
                    if (row != null && cell != null) {
                        row.add(clean(cell));
                    }
                    cell = null;
                }
                case "tr" -> {
                    if (row != null && section != null) {
                        if (headerRow && section.columns.isEmpty()) {
                            section.columns.addAll(row);
                        } else if (!row.isEmpty()) {
                            section.rows.add(row);
                        }
                    }
                    row = null;
                    headerRow = false;
                }
                case "paragraph", "item", "caption" -> {
                    if (paragraph != null && section != null) {
                        String text = clean(paragraph);
                        if (!text.isEmpty()) {
                            section.paragraphs.add(text);
                        }
                    }
                    paragraph = null;
                }
                default -> {
                }
            }
        }

        private String ii() {
            String root = attr("root");
            String extension = attr("extension");
            return extension.isEmpty() ? root : root + "^" + extension;
        }

        private ReceivedCda result() {
            Optional<byte[]> pdf = Optional.empty();
            if (base64 != null) {
                pdf = Optional.of(decodePdf(base64, pdfMediaType));
            }
            String first = !firstNames.isEmpty() ? firstNames : firstFirstName;
            String authorName = (authorGiven + " " + authorFamily).strip();
            return new ReceivedCda(uniqueId, setId, version, replacesId, type, title, parseTime(effectiveTime),
                    new ReceivedCda.Patient(insMatricule, insOid, birthName, first, sex, birthDate),
                    new ReceivedCda.Author(authorId, authorName, authorSpecialty, authorOrganization), sections, pdf);
        }
    }

    private static final class SectionBuilder {
        private String title = "";
        private final List<String> columns = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private final List<CdaSection> children = new ArrayList<>();

        CdaSection build() {
            return new CdaSection(title, columns, rows, paragraphs, children);
        }
    }

    private static byte[] decodePdf(CharSequence base64, String mediaType) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            throw new SegurException(CdaError.CDA_0026, e);
        }
        boolean pdf = bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
        if (!pdf || (mediaType != null && !mediaType.isEmpty() && !mediaType.toLowerCase(java.util.Locale.ROOT).endsWith("/pdf"))) {
            throw new SegurException(CdaError.CDA_0026);
        }
        return bytes;
    }

    /** Whitespace runs become one space; {@code <br/>} stays a line break. */
    private static String clean(CharSequence text) {
        return SPACES.matcher(text).replaceAll(" ").strip().replace(" " + LINE_BREAK + " ", "\n")
                .replace(LINE_BREAK, '\n').strip();
    }

    private static int parseVersion(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** {@code yyyyMMdd[HHmm[ss]][±zzzz]}; empty when unreadable. */
    static Optional<Instant> parseTime(String value) {
        if (value == null || value.length() < 8) {
            return Optional.empty();
        }
        try {
            String digits = value;
            ZoneOffset offset = null;
            int sign = Math.max(value.indexOf('+'), value.indexOf('-'));
            if (sign > 0) {
                digits = value.substring(0, sign);
                offset = ZoneOffset.of(value.substring(sign, sign + 3) + ":" + value.substring(sign + 3));
            }
            int dot = digits.indexOf('.');
            if (dot > 0) {
                digits = digits.substring(0, dot);
            }
            LocalDateTime local = switch (digits.length()) {
                case 8 -> LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay();
                case 12 -> LocalDateTime.parse(digits, DateTimeFormatter.ofPattern("yyyyMMddHHmm"));
                case 14 -> LocalDateTime.parse(digits, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
                default -> null;
            };
            if (local == null) {
                return Optional.empty();
            }
            return Optional.of(offset != null ? local.toInstant(offset)
                    : local.atZone(CdaHeaderWriter.PARIS).toInstant());
        } catch (java.time.DateTimeException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
