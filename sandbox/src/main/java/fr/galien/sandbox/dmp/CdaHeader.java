package fr.galien.sandbox.dmp;

import fr.galien.kit.xml.SafeXmlReader;
import fr.galien.kit.xml.XmlLimits;
import fr.galien.kit.xml.XmlNode;
import fr.galien.kit.xml.XmlRefusedException;
import java.util.Optional;

/**
 * What the DMP compares with the submission's metadata (specs §1.5 "XDS metadata ← CDA header"): the document's
 * id, type code, patient INS, confidentiality, title, set id and version. Read with the kit's hardened StAX reader:
 * no DOCTYPE, bounded depth, size and element count — a hostile CDA is refused, never resolved.
 */
record CdaHeader(String uniqueId, String typeCode, String insRoot, String insExtension, String confidentiality,
                 String title, String setId, int version) {

    private static final String HL7 = "urn:hl7-org:v3";
    /** A CDA N1 carries its PDF as base64 text: generous text and size, tight depth and element count. */
    private static final SafeXmlReader READER = new SafeXmlReader(new XmlLimits(40 * 1024 * 1024, 64,
            40 * 1024 * 1024, 200_000, 64));

    /** @throws IllegalArgumentException with a French reason when the bytes are not a readable CDA */
    static CdaHeader read(byte[] cda) {
        XmlNode root;
        try {
            root = READER.read(cda);
        } catch (XmlRefusedException e) {
            throw new IllegalArgumentException("le document CDA est illisible ou refusé (" + e.getMessage() + ")");
        }
        if (!root.is(HL7, "ClinicalDocument")) {
            throw new IllegalArgumentException("le document n'est pas un ClinicalDocument CDA R2");
        }
        XmlNode id = root.child(HL7, "id").orElseThrow(() -> missing("id"));
        String uniqueId = id.attribute("root").orElseThrow(() -> missing("id/@root"))
                + id.attribute("extension").map(ext -> "^" + ext).orElse("");
        String code = root.child(HL7, "code").flatMap(c -> c.attribute("code")).orElseThrow(() -> missing("code"));
        XmlNode patientRole = root.child(HL7, "recordTarget").flatMap(r -> r.child(HL7, "patientRole"))
                .orElseThrow(() -> missing("recordTarget/patientRole"));
        Optional<XmlNode> ins = patientRole.children(HL7, "id").stream()
                .filter(node -> node.attribute("root").map(r -> r.startsWith("1.2.250.1.213.1.4.")).orElse(false))
                .findFirst();
        String confidentiality = root.child(HL7, "confidentialityCode").flatMap(c -> c.attribute("code"))
                .orElseThrow(() -> missing("confidentialityCode"));
        String title = root.nonBlankChildText(HL7, "title").orElseThrow(() -> missing("title"));
        String setId = root.child(HL7, "setId").flatMap(s -> s.attribute("root")).orElseThrow(() -> missing("setId"));
        int version;
        try {
            version = Integer.parseInt(root.child(HL7, "versionNumber").flatMap(v -> v.attribute("value"))
                    .orElseThrow(() -> missing("versionNumber")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("versionNumber n'est pas un nombre");
        }
        return new CdaHeader(uniqueId, code, ins.flatMap(i -> i.attribute("root")).orElse(null),
                ins.flatMap(i -> i.attribute("extension")).orElse(null), confidentiality, title, setId, version);
    }

    private static IllegalArgumentException missing(String element) {
        return new IllegalArgumentException("l'en-tête CDA n'a pas d'élément " + element);
    }
}
