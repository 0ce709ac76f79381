package fr.galien.sandbox.dmp;

import ca.uhn.fhir.context.FhirContext;
import fr.galien.sandbox.insi.TestIdentities;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/**
 * Documents other (invented) professionals put in ADRUN Zoé's DMP, so the demo shows « N nouveaux documents » and
 * a list to browse: a CR de biologie, a lettre and a VSM, each a CDA N1 wrapping a one-page PDF. Invented people and
 * structures only.
 */
final class SeedDocuments {

    private static final String LOINC = "http://loinc.org";

    private SeedDocuments() {
    }

    static DmpState seed(FhirContext fhir, Instant now) {
        String matricule = TestIdentities.ADRUN_ZOE.matricule() + TestIdentities.ADRUN_ZOE.key();
        List<StoredDocument> documents = List.of(
                document(fhir, matricule, "11502-2", LOINC, "10", "CR d'examens biologiques",
                        "Compte rendu de biologie", "810000000101", "BIOLAB", "Laboratoire Fictif de Biologie",
                        "SA25", now.minusSeconds(3 * 86_400)),
                document(fhir, matricule, "11488-4", LOINC, "10", "CR de consultation",
                        "Compte rendu de consultation de cardiologie", "810000000102", "CARDIO",
                        "Cabinet de cardiologie Imaginaire", "SA07", now.minusSeconds(20 * 86_400)),
                document(fhir, matricule, "SYNTH", "https://mos.esante.gouv.fr/NOS/TRE_A05-TypeDocComplementaire/FHIR/"
                                + "TRE-A05-TypeDocComplementaire", "11", "Synthèse",
                        "Volet de synthèse médicale", "810000000103", "MEDGEN", "Cabinet du Dr Exemple", "SA07",
                        now.minusSeconds(200 * 86_400)));
        return new DmpState(documents);
    }

    private static StoredDocument document(FhirContext fhir, String matricule, String typeCode, String typeSystem,
                                           String classCode, String typeDisplay, String title, String authorId,
                                           String structure, String structureName, String facility, Instant when) {
        String id = UUID.nameUUIDFromBytes((matricule + typeCode).getBytes(StandardCharsets.UTF_8)).toString();
        String uniqueId = "1.2.250.1.999.9." + Math.abs((long) id.hashCode());
        byte[] cda = cda(uniqueId, typeCode, title, matricule, when).getBytes(StandardCharsets.UTF_8);
        DocumentReference reference = new DocumentReference();
        reference.setId(id);
        reference.getMeta().setLastUpdated(Date.from(when));
        Practitioner author = new Practitioner();
        author.setId("author");
        author.addIdentifier().setSystem("urn:oid:1.2.250.1.71.4.2.1").setValue(authorId);
        author.addName().setFamily("EXEMPLE").addGiven(structure.equals("MEDGEN") ? "Paul" : "Anne");
        reference.addContained(author);
        Organization organisation = new Organization();
        organisation.setId("org");
        organisation.addIdentifier().setSystem("urn:oid:1.2.250.1.71.4.2.2").setValue("3" + structure);
        organisation.setName(structureName);
        reference.addContained(organisation);
        reference.setMasterIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:oid:" + uniqueId));
        reference.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        reference.setType(new CodeableConcept(new Coding(typeSystem, typeCode, typeDisplay)));
        reference.addCategory(new CodeableConcept(new Coding(
                "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument", classCode, null)));
        reference.getSubject().setIdentifier(new Identifier().setSystem("urn:oid:1.2.250.1.213.1.4.8")
                .setValue(matricule));
        reference.setDate(Date.from(when));
        reference.addAuthor(new Reference("#author"));
        reference.setCustodian(new Reference("#org"));
        reference.getContentFirstRep().getAttachment().setContentType("text/xml").setTitle(title)
                .setUrl("Binary/" + id).setSize(cda.length).setCreation(Date.from(when))
                .setHash(DmpRecords.sha1(cda));
        reference.getContentFirstRep().setFormat(new Coding(
                "https://mos.esante.gouv.fr/NOS/TRE_A11-IheFormatCode/FHIR/TRE-A11-IheFormatCode",
                "urn:ihe:iti:xds-sd:pdf:2008", null));
        reference.getContext().getFacilityType().addCoding().setCode(facility);
        return new StoredDocument(id, uniqueId, matricule, "current", typeCode, authorId, "3" + structure,
                fhir.newJsonParser().encodeResourceToString(reference), "text/xml",
                Base64.getEncoder().encodeToString(cda), Base64.getEncoder().encodeToString(DmpRecords.sha1(cda)),
                "seed-" + id, when.toString());
    }

    /** A CDA N1 header and a one-page PDF saying what the document is (invented content). */
    static String cda(String uniqueId, String typeCode, String title, String matricule, Instant when) {
        String pdf = Base64.getEncoder().encodeToString(onePagePdf(title).getBytes(StandardCharsets.ISO_8859_1));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n"
                + "  <realmCode code=\"FR\"/>\n"
                + "  <typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>\n"
                + "  <id root=\"" + uniqueId + "\"/>\n"
                + "  <code code=\"" + typeCode + "\" codeSystem=\"2.16.840.1.113883.6.1\"/>\n"
                + "  <title>" + title + "</title>\n"
                + "  <effectiveTime value=\"" + when.toString().replaceAll("[-:TZ]", "").substring(0, 14)
                + "+0000\"/>\n"
                + "  <confidentialityCode code=\"N\" codeSystem=\"2.16.840.1.113883.5.25\"/>\n"
                + "  <languageCode code=\"fr-FR\"/>\n"
                + "  <setId root=\"" + uniqueId + ".1\"/><versionNumber value=\"1\"/>\n"
                + "  <recordTarget><patientRole><id root=\"1.2.250.1.213.1.4.8\" extension=\"" + matricule
                + "\"/></patientRole></recordTarget>\n"
                + "  <component><nonXMLBody><text mediaType=\"application/pdf\" representation=\"B64\">" + pdf
                + "</text></nonXMLBody></component>\n"
                + "</ClinicalDocument>\n";
    }

    /** A minimal one-page PDF with one line of text (Helvetica, WinAnsi). */
    static String onePagePdf(String line) {
        String safe = line.replace("\\", "").replace("(", "").replace(")", "");
        String stream = "BT /F1 16 Tf 72 760 Td (" + safe + ") Tj 0 -24 Td (Document fictif du bac a sable DMP) Tj ET";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[6];
        String[] objects = {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
            "<</Length " + stream.length() + ">>\nstream\n" + stream + "\nendstream",
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"};
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 1; i <= 5; i++) {
            pdf.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        pdf.append("trailer\n<</Size 6/Root 1 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString();
    }
}
