package fr.galien.sandbox.mssante;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Annuaire Santé FHIR API as far as MSSanté needs it (specs §3.2, §3.7; IG « annuaire » of the ANS): searches on
 * {@code Practitioner} ({@code name}), {@code PractitionerRole} ({@code practitioner}, {@code mailbox-mss},
 * {@code mailbox-mss:contains}) and {@code Organization} ({@code name}, {@code mailbox-mss:contains}), answering
 * FHIR R4 JSON searchset Bundles. MSSanté addresses are {@code telecom} entries ({@code system=email}) with the
 * fr-core e-mail type extension {@code MSSANTE} and the annuaire's {@code as-ext-mailbox-mss-metadata} (type PER/ORG,
 * liste rouge, description). The professionals are the PSC simulator's invented ones.
 */
final class AnnuaireEndpoint {

    static final String PATH = "/annuaire/fhir";
    private static final String EMAIL_TYPE =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-contact-point-email-type";
    private static final String MSS_METADATA =
            "https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/as-ext-mailbox-mss-metadata";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Mailboxes mailboxes;

    AnnuaireEndpoint(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** The JSON answer of {@code GET <PATH>/<type>?<query>}; null for an unknown resource type. */
    String search(URI base, String type, Map<String, String> query) {
        List<ObjectNode> found = new ArrayList<>();
        for (Mailboxes.Mailbox mailbox : mailboxes.professionals()) {
            boolean organisation = mailbox.type().equals("ORG");
            String id = mailbox.address().substring(0, mailbox.address().indexOf('@')).replace('.', '-');
            switch (type) {
                case "Practitioner" -> {
                    if (!organisation && matches(query.get("name"), mailbox.label())
                            && owner(query.get("identifier"), mailbox)) {
                        found.add(practitioner(id, mailbox));
                    }
                }
                case "PractitionerRole" -> {
                    if (!organisation && matches(query.get("mailbox-mss:contains"), mailbox.address())
                            && exact(query.get("mailbox-mss"), mailbox.address())
                            && in(query.get("practitioner"), "Practitioner/" + id, id)
                            && owner(query.get("practitioner.identifier"), mailbox)
                            && matches(query.get("_text"), mailbox.label() + " " + mailbox.address())) {
                        found.add(role(id, mailbox));
                    }
                }
                case "Organization" -> {
                    if (organisation && matches(query.get("name"), mailbox.label())
                            && matches(query.get("mailbox-mss:contains"), mailbox.address())) {
                        found.add(organization(id, mailbox));
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.put("total", found.size());
        ArrayNode entries = bundle.putArray("entry");
        for (ObjectNode resource : found) {
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", base.resolve(PATH + "/" + type + "/" + resource.get("id").asText()).toString());
            entry.set("resource", resource);
            entry.putObject("search").put("mode", "match");
        }
        return bundle.toString();
    }

    private static boolean matches(String wanted, String value) {
        if (wanted == null || wanted.isBlank()) {
            return true;
        }
        String haystack = fold(value);
        for (String word : fold(wanted).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [system|]value} of the professional's national id (RPPS, 8 + RPPS). */
    private static boolean owner(String wanted, Mailboxes.Mailbox mailbox) {
        if (wanted == null || wanted.isBlank()) {
            return true;
        }
        String value = wanted.substring(wanted.indexOf('|') + 1);
        return mailbox.owners().contains(value);
    }

    private static boolean exact(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.equalsIgnoreCase(value);
    }

    private static boolean in(String wanted, String... values) {
        if (wanted == null || wanted.isBlank()) {
            return true;
        }
        for (String one : wanted.split(",")) {
            for (String value : values) {
                if (one.strip().equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static ObjectNode practitioner(String id, Mailboxes.Mailbox mailbox) {
        ObjectNode practitioner = JSON.createObjectNode();
        practitioner.put("resourceType", "Practitioner");
        practitioner.put("id", id);
        practitioner.putObject("meta").putArray("profile").add(
                "https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/as-practitioner");
        if (!mailbox.owners().isEmpty()) {
            ObjectNode identifier = practitioner.putArray("identifier").addObject();
            identifier.put("system", "urn:oid:1.2.250.1.71.4.2.1");
            identifier.put("value", mailbox.owners().get(0));
        }
        String[] words = mailbox.label().replace("Dr ", "").split(" ", 2);
        ObjectNode name = practitioner.putArray("name").addObject();
        name.put("family", words.length > 1 ? words[1] : words[0]);
        name.putArray("given").add(words[0]);
        if (mailbox.label().startsWith("Dr ")) {
            name.putArray("prefix").add("DR");
        }
        telecom(practitioner, mailbox);
        return practitioner;
    }

    private static ObjectNode role(String id, Mailboxes.Mailbox mailbox) {
        ObjectNode role = JSON.createObjectNode();
        role.put("resourceType", "PractitionerRole");
        role.put("id", "role-" + id);
        role.putObject("meta").putArray("profile").add(
                "https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/as-practitionerrole");
        role.put("active", true);
        role.putObject("practitioner").put("reference", "Practitioner/" + id).put("display", mailbox.label());
        ObjectNode code = role.putArray("code").addObject().putArray("coding").addObject();
        code.put("system", "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante");
        code.put("code", mailbox.profession());
        telecom(role, mailbox);
        return role;
    }

    private static ObjectNode organization(String id, Mailboxes.Mailbox mailbox) {
        ObjectNode organization = JSON.createObjectNode();
        organization.put("resourceType", "Organization");
        organization.put("id", "org-" + id);
        organization.put("name", mailbox.label());
        telecom(organization, mailbox);
        return organization;
    }

    private static void telecom(ObjectNode resource, Mailboxes.Mailbox mailbox) {
        ObjectNode telecom = resource.putArray("telecom").addObject();
        ArrayNode extensions = telecom.putArray("extension");
        ObjectNode emailType = extensions.addObject();
        emailType.put("url", EMAIL_TYPE);
        ObjectNode coding = emailType.putObject("valueCoding");
        coding.put("system", "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0373");
        coding.put("code", "MSSANTE");
        ObjectNode metadata = extensions.addObject();
        metadata.put("url", MSS_METADATA);
        ArrayNode parts = metadata.putArray("extension");
        ObjectNode typeCoding = parts.addObject().put("url", "type").putObject("valueCodeableConcept")
                .putArray("coding").addObject();
        typeCoding.put("system", "https://mos.esante.gouv.fr/NOS/TRE_R256-TypeMessagerie/FHIR/TRE-R256-TypeMessagerie");
        typeCoding.put("code", mailbox.type());
        parts.addObject().put("url", "description").put("valueString", mailbox.label());
        parts.addObject().put("url", "listeRouge").put("valueBoolean", false);
        if (mailbox.city() != null) {
            parts.addObject().put("url", "service").put("valueString", mailbox.city());
        }
        telecom.put("system", "email");
        telecom.put("value", mailbox.address());
    }
}
