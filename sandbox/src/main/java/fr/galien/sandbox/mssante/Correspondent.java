package fr.galien.sandbox.mssante;

import fr.galien.sandbox.insi.TestIdentities;
import fr.galien.sandbox.insi.TestIdentity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The scripted correspondent ({@value Mailboxes#CORRESPONDENT}), for tests and the demo: answers every mail it
 * receives, and on demand sends a practice an IHE XDM archive with a CDA R2 report (specs §3.4) — about a patient
 * with a qualified INS (ADRUN Zoé, filed at once by the practice) or, without INS and with traits matching two
 * patients (the HOMONYME Claude pair), a document the practice must place by hand (worklist).
 */
public final class Correspondent {

    /** Which document to send. */
    public enum Scenario {
        /** A CR de consultation for ADRUN Zoé with her qualified INS (OID 1.2.250.1.213.1.4.8) and strict traits. */
        QUALIFIED,
        /** A CR for « HOMONYME Claude » without INS: two patients of the demo match the traits. */
        AMBIGUOUS
    }

    private final Operator operator;

    Correspondent(Operator operator) {
        this.operator = operator;
    }

    void answer(String sender, Map<String, String> headers, String messageId) {
        if (sender.equals(Mailboxes.CORRESPONDENT)) {
            return;
        }
        String subject = headers.getOrDefault("subject", "");
        operator.deliver(sender, RawMail.text(Mailboxes.CORRESPONDENT, "Dr Jean CORRESPONDANT", sender,
                "Re: " + decodeSubject(subject), "Bonjour,\n\nBien reçu, je vous réponds dès que possible.\n\n"
                        + "Dr Jean CORRESPONDANT (correspondant simulé)", messageId, Map.of("X-MSS-NIL", "SIM-HOPITAL")));
    }

    private static String decodeSubject(String subject) {
        if (subject.startsWith("=?UTF-8?B?") && subject.endsWith("?=")) {
            try {
                return new String(java.util.Base64.getDecoder().decode(subject.substring(10, subject.length() - 2)),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return subject;
            }
        }
        return subject;
    }

    /** Sends {@code scenario}'s document to {@code to}; returns the CDA's unique id. */
    public String sendDocument(String to, Scenario scenario) {
        TestIdentity patient = scenario == Scenario.QUALIFIED ? TestIdentities.ADRUN_ZOE
                : TestIdentities.HOMONYME_CLAUDE_PARIS;
        String uniqueId = "1.2.250.1.999.1.1." + Math.abs(UUID.randomUUID().getMostSignificantBits());
        byte[] cda = cda(patient, uniqueId, scenario == Scenario.QUALIFIED);
        byte[] zip = xdm(cda, uniqueId, patient, scenario == Scenario.QUALIFIED, to);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-MSS-NIL", "SIM-HOPITAL");
        headers.put("X-MSS-INS", scenario == Scenario.QUALIFIED ? "O" : "N");
        headers.put("X-MSS-CODECDA", "11488-4");
        operator.deliver(to, RawMail.withAttachments(Mailboxes.CORRESPONDENT, "Dr Jean CORRESPONDANT", to,
                "XDM/1.0/DDM+Compte rendu de consultation " + patient.birthName() + " " + patient.firstNames().get(0),
                "Bonjour,\n\nVeuillez trouver le compte rendu de consultation de votre patient(e).\n\n"
                        + "Dr Jean CORRESPONDANT", headers,
                List.<Object[]>of(new Object[] {"IHE_XDM.ZIP", "application/zip", zip})));
        return uniqueId;
    }

    static byte[] cda(TestIdentity patient, String uniqueId, boolean withIns) {
        String birth = patient.birthDate().replace("-", "");
        String ins = withIns ? "<id root=\"1.2.250.1.213.1.4.8\" extension=\"" + patient.matricule15() + "\"/>\n"
                : "";
        String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "+0100";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n"
                + "<realmCode code=\"FR\"/>\n"
                + "<typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>\n"
                + "<templateId root=\"2.16.840.1.113883.2.8.2.1\"/>\n"
                + "<templateId root=\"1.2.250.1.213.1.1.1.1\"/>\n"
                + "<id root=\"" + uniqueId + "\"/>\n"
                + "<code code=\"11488-4\" displayName=\"Compte rendu de consultation\" "
                + "codeSystem=\"2.16.840.1.113883.6.1\"/>\n"
                + "<title>Compte rendu de consultation</title>\n"
                + "<effectiveTime value=\"" + now + "\"/>\n"
                + "<confidentialityCode code=\"N\" codeSystem=\"2.16.840.1.113883.5.25\"/>\n"
                + "<languageCode code=\"fr-FR\"/>\n"
                + "<setId root=\"" + uniqueId + ".1\"/><versionNumber value=\"1\"/>\n"
                + "<recordTarget><patientRole>\n" + ins
                + "<patient classCode=\"PSN\"><name>\n"
                + "<family qualifier=\"BR\">" + patient.birthName() + "</family>\n"
                + "<given>" + String.join(" ", patient.firstNames()) + "</given>\n"
                + "<given qualifier=\"BR\">" + patient.firstNames().get(0) + "</given>\n"
                + "</name>\n"
                + "<administrativeGenderCode code=\"" + patient.sex() + "\" codeSystem=\"2.16.840.1.113883.5.1\"/>\n"
                + "<birthTime value=\"" + birth + "\"/>\n"
                + "<birthplace><place><addr><county>" + patient.birthPlace() + "</county></addr></place></birthplace>\n"
                + "</patient></patientRole></recordTarget>\n"
                + "<author><time value=\"" + now + "\"/><assignedAuthor>\n"
                + "<id root=\"1.2.250.1.71.4.2.1\" extension=\"899900000099\"/>\n"
                + "<assignedPerson><name><given>Jean</given><family>CORRESPONDANT</family></name></assignedPerson>\n"
                + "</assignedAuthor></author>\n"
                + "<component><structuredBody><component><section>\n"
                + "<title>Conclusion</title><text>Examen sans particularité. Document de démonstration "
                + "(simulateur MSSanté Galien).</text>\n"
                + "</section></component></structuredBody></component>\n"
                + "</ClinicalDocument>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xdm(byte[] cda, String uniqueId, TestIdentity patient, boolean withIns, String to) {
        String patientId = withIns ? patient.matricule15() + "^^^&amp;1.2.250.1.213.1.4.8&amp;ISO" : null;
        String metadata = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<lcm:SubmitObjectsRequest xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\" "
                + "xmlns:rim=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\">\n<rim:RegistryObjectList>\n"
                + "<rim:ExtrinsicObject id=\"Document01\" mimeType=\"text/xml\" "
                + "objectType=\"urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1\">\n"
                + slot("hash", sha1(cda)) + slot("size", Integer.toString(cda.length)) + slot("URI", "DOC0001.XML")
                + "<rim:Name><rim:LocalizedString value=\"Compte rendu de consultation\"/></rim:Name>\n"
                + "<rim:Classification classificationScheme=\"urn:uuid:f0306f51-975f-434e-a61c-c59651d33983\" "
                + "classifiedObject=\"Document01\" nodeRepresentation=\"11488-4\" id=\"cl01\">"
                + slot("codingScheme", "2.16.840.1.113883.6.1") + "</rim:Classification>\n"
                + (patientId == null ? "" : "<rim:ExternalIdentifier identificationScheme=\"urn:uuid:58a6f841-87b3-"
                + "4a3e-92fd-a8ffeff98427\" registryObject=\"Document01\" value=\"" + patientId + "\" id=\"ei01\"/>\n")
                + "<rim:ExternalIdentifier identificationScheme=\"urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab\" "
                + "registryObject=\"Document01\" value=\"" + uniqueId + "\" id=\"ei02\"/>\n"
                + "</rim:ExtrinsicObject>\n"
                + "<rim:RegistryPackage id=\"SubmissionSet01\">" + slot("intendedRecipient",
                "|||||||||^^Internet^" + to) + "</rim:RegistryPackage>\n"
                + "</rim:RegistryObjectList>\n</lcm:SubmitObjectsRequest>\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "INDEX.HTM", "<html><body><a href=\"IHE_XDM/SUBSET01/DOC0001.XML\">Compte rendu</a>"
                    + "</body></html>");
            entry(zip, "README.TXT", "Simulateur MSSante Galien - correspondant scripte\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            entry(zip, "IHE_XDM/SUBSET01/METADATA.XML", metadata.getBytes(StandardCharsets.UTF_8));
            entry(zip, "IHE_XDM/SUBSET01/DOC0001.XML", cda);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        entry(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String slot(String name, String value) {
        return "<rim:Slot name=\"" + name + "\"><rim:ValueList><rim:Value>" + value
                + "</rim:Value></rim:ValueList></rim:Slot>\n";
    }

    private static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
