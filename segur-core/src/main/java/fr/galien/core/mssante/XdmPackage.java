package fr.galien.core.mssante;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.QualifiedIns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the IHE XDM archive a structured document travels in over MSSanté (specs §3.4; IHE ITI TF-1 §16, CI-SIS
 * volet Échange): {@code INDEX.HTM}, {@code README.TXT}, {@code IHE_XDM/SUBSET01/METADATA.XML} (an ebRIM
 * {@code SubmitObjectsRequest}: one SubmissionSet, one ExtrinsicObject per document with the XDS metadata, the
 * document's {@code URI}, {@code size} and SHA-1 {@code hash}) and the documents as {@code DOC0001.XML},
 * {@code DOC0002.PDF}… (ISO 9660 8.3 upper-case names). Deterministic: the same input gives the same bytes, so
 * {@code galien mss xdm} shows exactly what would be sent.
 */
public final class XdmPackage {

    /** The attachment's file name on the mail (specs §3.4). */
    public static final String FILE_NAME = "IHE_XDM.ZIP";
    public static final String SUBSET = "IHE_XDM/SUBSET01/";

    private static final String DOCUMENT_ENTRY = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
    private static final String TS = "yyyyMMddHHmmss";

    private XdmPackage() {
    }

    /** One document to package: a CDA R2 ({@code text/xml}) or another file (PDF). */
    public record Document(String fileName, String mimeType, byte[] content) {
        public Document {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(content, "content");
        }

        public boolean cda() {
            return mimeType.equalsIgnoreCase("text/xml") || mimeType.equalsIgnoreCase("application/xml")
                    || fileName.toLowerCase(Locale.ROOT).endsWith(".xml");
        }
    }

    /**
     * @param author     the sending professional, as XDS {@code author} (name)
     * @param recipients intended recipients (MSSanté addresses)
     * @param software   sending software and version, for README.TXT (SC.MSS: identification of the LPS)
     */
    public record Submission(Optional<QualifiedIns> patient, String author, List<String> recipients, String software,
                             Instant submittedAt, String submissionId) {
        public Submission {
            patient = patient == null ? Optional.empty() : patient;
            recipients = List.copyOf(recipients);
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(submissionId, "submissionId");
        }
    }

    /**
     * The archive and what the mail headers say of it.
     *
     * @param qualifiedIns {@code X-MSS-INS}: O when a qualified INS is in the archive
     * @param cdaCodes     {@code X-MSS-CODECDA}: the {@code ClinicalDocument/code/@code} of each CDA
     */
    public record Built(byte[] zip, boolean qualifiedIns, List<String> cdaCodes, List<CdaHeader> headers) {
        public Built {
            cdaCodes = List.copyOf(cdaCodes);
            headers = List.copyOf(headers);
        }
    }

    public static Built build(Submission submission, List<Document> documents) {
        if (documents.isEmpty()) {
            throw new SegurException(XdmError.XDM_0009);
        }
        List<CdaHeader> headers = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            String extension = document.cda() ? "XML" : document.mimeType().equalsIgnoreCase("application/pdf")
                    ? "PDF" : "BIN";
            names.add(String.format(Locale.ROOT, "DOC%04d.%s", i + 1, extension));
            if (document.cda()) {
                CdaHeader header = CdaHeaderReader.read(document.content(), document.fileName());
                headers.add(header);
                if (header.typeCode() != null) {
                    codes.add(header.typeCode());
                }
            } else {
                headers.add(null);
            }
        }
        String metadata = metadata(submission, documents, headers, names);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long time = submission.submittedAt().toEpochMilli();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "INDEX.HTM", index(documents, headers, names).getBytes(StandardCharsets.UTF_8), time);
            put(zip, "README.TXT", readme(submission).getBytes(StandardCharsets.UTF_8), time);
            put(zip, SUBSET + "METADATA.XML", metadata.getBytes(StandardCharsets.UTF_8), time);
            for (int i = 0; i < documents.size(); i++) {
                put(zip, SUBSET + names.get(i), documents.get(i).content(), time);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing a zip in memory cannot fail", e);
        }
        boolean ins = submission.patient().isPresent() && headers.stream().anyMatch(h -> h != null
                && h.ins().filter(id -> id.extension().equalsIgnoreCase(submission.patient().get().matricule()))
                .isPresent());
        return new Built(bytes.toByteArray(), ins, new ArrayList<>(codes),
                headers.stream().filter(Objects::nonNull).toList());
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String readme(Submission submission) {
        return "Galien - logiciel de gestion de cabinet et d'officine\r\n"
                + "Editeur : projet Galien\r\n"
                + "Produit : " + submission.software() + "\r\n"
                + "Contenu : archive IHE XDM (IHE ITI XDM, CI-SIS volet Echange de documents de sante)\r\n"
                + "Date d'envoi : " + ts(submission.submittedAt()) + " UTC\r\n";
    }

    private static String index(List<Document> documents, List<CdaHeader> headers, List<String> names) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\r\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>IHE XDM</title></head><body>\r\n<h1>Documents de l'archive IHE XDM</h1>\r\n<ul>\r\n");
        for (int i = 0; i < documents.size(); i++) {
            CdaHeader header = headers.get(i);
            String title = header != null && !header.title().isBlank() ? header.title() : documents.get(i).fileName();
            html.append("<li><a href=\"").append(SUBSET).append(names.get(i)).append("\">").append(escape(title))
                    .append("</a></li>\r\n");
        }
        return html.append("</ul>\r\n<p><a href=\"README.TXT\">README.TXT</a></p>\r\n</body></html>\r\n").toString();
    }

    private static String metadata(Submission submission, List<Document> documents, List<CdaHeader> headers,
                                   List<String> names) {
        String patientId = submission.patient().map(ins -> ins.matricule() + "^^^&" + ins.oid() + "&ISO")
                .orElse(null);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<lcm:SubmitObjectsRequest xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\" "
                + "xmlns:rim=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\">\n<rim:RegistryObjectList>\n");
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            CdaHeader header = headers.get(i);
            String id = "Document" + String.format(Locale.ROOT, "%02d", i + 1);
            String mime = document.cda() ? "text/xml" : document.mimeType();
            xml.append("<rim:ExtrinsicObject id=\"").append(id).append("\" mimeType=\"").append(escape(mime))
                    .append("\" objectType=\"").append(DOCUMENT_ENTRY).append("\">\n");
            slot(xml, "creationTime", header != null && header.effectiveTime() != null
                    ? header.effectiveTime().replaceAll("[+-]\\d{4}$", "") : ts(submission.submittedAt()));
            slot(xml, "hash", sha1(document.content()));
            slot(xml, "size", Long.toString(document.content().length));
            slot(xml, "URI", names.get(i));
            slot(xml, "languageCode", "fr-FR");
            if (patientId != null) {
                slot(xml, "sourcePatientId", patientId);
            }
            String title = header != null && !header.title().isBlank() ? header.title() : document.fileName();
            xml.append("<rim:Name><rim:LocalizedString value=\"").append(escape(title)).append("\"/></rim:Name>\n");
            if (header != null && header.typeCode() != null) {
                classification(xml, id, "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983", header.typeCode(),
                        header.typeCodeSystem(), header.typeDisplay());
            }
            if (header != null && header.confidentialityCode() != null) {
                classification(xml, id, "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f",
                        header.confidentialityCode(), "2.16.840.1.113883.5.25", header.confidentialityCode());
            }
            if (patientId != null) {
                external(xml, id, "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427", patientId,
                        "XDSDocumentEntry.patientId");
            }
            String uniqueId = header != null && header.uniqueId() != null ? header.uniqueId()
                    : "2.25." + new java.math.BigInteger(1, sha1Bytes(document.content())).toString();
            external(xml, id, "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab", uniqueId,
                    "XDSDocumentEntry.uniqueId");
            xml.append("</rim:ExtrinsicObject>\n");
        }
        xml.append("<rim:RegistryPackage id=\"SubmissionSet01\">\n");
        slot(xml, "submissionTime", ts(submission.submittedAt()));
        if (submission.author() != null) {
            slot(xml, "authorPerson", submission.author());
        }
        for (String recipient : submission.recipients()) {
            slot(xml, "intendedRecipient", "|||||||||^^Internet^" + recipient);
        }
        xml.append("<rim:Classification classifiedObject=\"SubmissionSet01\" "
                + "classificationNode=\"urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd\" id=\"cl-ss\"/>\n");
        external(xml, "SubmissionSet01", "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8",
                "2.25." + new java.math.BigInteger(1, uuidBytes(submission.submissionId())),
                "XDSSubmissionSet.uniqueId");
        external(xml, "SubmissionSet01", "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832", "1.2.250.1.213.1.1.9",
                "XDSSubmissionSet.sourceId");
        if (patientId != null) {
            external(xml, "SubmissionSet01", "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446", patientId,
                    "XDSSubmissionSet.patientId");
        }
        xml.append("</rim:RegistryPackage>\n");
        for (int i = 0; i < documents.size(); i++) {
            String id = "Document" + String.format(Locale.ROOT, "%02d", i + 1);
            xml.append("<rim:Association id=\"as-").append(id).append("\" associationType=\"urn:oasis:names:tc:"
                    + "ebxml-regrep:AssociationType:HasMember\" sourceObject=\"SubmissionSet01\" targetObject=\"")
                    .append(id).append("\">");
            slot(xml, "SubmissionSetStatus", "Original");
            xml.append("</rim:Association>\n");
        }
        return xml.append("</rim:RegistryObjectList>\n</lcm:SubmitObjectsRequest>\n").toString();
    }

    private static void slot(StringBuilder xml, String name, String value) {
        xml.append("<rim:Slot name=\"").append(name).append("\"><rim:ValueList><rim:Value>").append(escape(value))
                .append("</rim:Value></rim:ValueList></rim:Slot>\n");
    }

    private static void classification(StringBuilder xml, String object, String scheme, String code, String system,
                                       String display) {
        xml.append("<rim:Classification classificationScheme=\"").append(scheme).append("\" classifiedObject=\"")
                .append(object).append("\" nodeRepresentation=\"").append(escape(code)).append("\" id=\"cl-")
                .append(object).append('-').append(scheme.substring(9, 17)).append("\">");
        slot(xml, "codingScheme", system == null ? "" : system);
        xml.append("<rim:Name><rim:LocalizedString value=\"").append(escape(display == null ? code : display))
                .append("\"/></rim:Name></rim:Classification>\n");
    }

    private static void external(StringBuilder xml, String object, String scheme, String value, String name) {
        xml.append("<rim:ExternalIdentifier identificationScheme=\"").append(scheme).append("\" registryObject=\"")
                .append(object).append("\" value=\"").append(escape(value)).append("\" id=\"ei-").append(object)
                .append('-').append(scheme.substring(9, 17)).append("\"><rim:Name><rim:LocalizedString value=\"")
                .append(name).append("\"/></rim:Name></rim:ExternalIdentifier>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String ts(Instant instant) {
        return DateTimeFormatter.ofPattern(TS).withZone(ZoneOffset.UTC).format(instant);
    }

    static String sha1(byte[] content) {
        return HexFormat.of().formatHex(sha1Bytes(content));
    }

    private static byte[] sha1Bytes(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    private static byte[] uuidBytes(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            uuid = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (msb >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (lsb >>> (56 - 8 * i));
        }
        return bytes;
    }
}
