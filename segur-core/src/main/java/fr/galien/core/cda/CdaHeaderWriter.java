package fr.galien.core.cda;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.port.IdentityTraits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the CI-SIS header every document shares (specs §1.7, schematron « Structuration minimale »), in the order
 * the CDA schema wants: realmCode FR, typeId, the HL7 France and CI-SIS templateIds then the volet's, id, code,
 * title, effectiveTime, confidentiality N, fr-FR, setId/versionNumber, recordTarget (patient by INS with the five
 * INS traits), author, custodian, legalAuthenticator, participants, inFulfillmentOf, documentationOf/serviceEvent,
 * relatedDocument (replacement), componentOf/encompassingEncounter.
 */
final class CdaHeaderWriter {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    static final String HL7_FRANCE_TEMPLATE = "2.16.840.1.113883.2.8.2.1";
    static final String CISIS_TEMPLATE = "1.2.250.1.213.1.1.1.1";
    static final String XDS_SD_TEMPLATE = "1.3.6.1.4.1.19376.1.2.20";

    /** What differs from one kind of document to another in its header. */
    record Shape(List<String[]> templateIds, CdaCode type, String title, CdaCode serviceEventCode,
                 boolean attendingPhysician, String orderId) {
    }

    private CdaHeaderWriter() {
    }

    static void write(CdaXml x, CdaHeader h, Shape shape) {
        x.empty("realmCode", "code", "FR");
        x.empty("typeId", "root", "2.16.840.1.113883.1.3", "extension", "POCD_HD000040");
        x.templateId(HL7_FRANCE_TEMPLATE);
        x.templateId(CISIS_TEMPLATE);
        for (String[] template : shape.templateIds()) {
            x.empty("templateId", "root", template[0], "extension", template.length > 1 ? template[1] : null);
        }
        x.empty("id", "root", h.version().uniqueId());
        x.code("code", shape.type());
        x.element("title", shape.title());
        x.empty("effectiveTime", "value", timestamp(h.effectiveTime()));
        x.empty("confidentialityCode", "code", "N", "codeSystem", "2.16.840.1.113883.5.25", "displayName", "Normal");
        x.empty("languageCode", "code", "fr-FR");
        x.empty("setId", "root", h.version().setId());
        x.empty("versionNumber", "value", Integer.toString(h.version().version()));
        recordTarget(x, h);
        author(x, h);
        custodian(x, h.organization());
        legalAuthenticator(x, h);
        if (shape.attendingPhysician()) {
            attendingPhysician(x, h);
        }
        if (shape.orderId() != null) {
            x.start("inFulfillmentOf").start("order").empty("id", "root", shape.orderId()).end().end();
        }
        serviceEvent(x, h, shape.serviceEventCode());
        if (h.version().replacesId() != null) {
            x.start("relatedDocument").attr("typeCode", "RPLC").start("parentDocument")
                    .empty("id", "root", h.version().replacesId()).end().end();
        }
        encounter(x, h);
    }

    private static void recordTarget(CdaXml x, CdaHeader h) {
        IdentityTraits traits = h.ins().traits();
        x.start("recordTarget").start("patientRole");
        x.empty("id", "root", h.ins().oid(), "extension", h.ins().matricule());
        x.start("patient").attr("classCode", "PSN");
        x.start("name");
        // RNIV traits (CI-SISRecordTarget): birth name and first names of the birth certificate (BR), the full
        // list of first names without qualifier, then the names in use (CL).
        x.start("family").attr("qualifier", "BR").text(traits.birthName()).end();
        x.element("given", String.join(" ", traits.firstNames()));
        x.start("given").attr("qualifier", "BR").text(traits.firstNames().get(0)).end();
        String usedName = blankToNull(h.usedName());
        String usedFirst = blankToNull(h.usedFirstName());
        x.start("family").attr("qualifier", "CL").text(usedName != null ? usedName : traits.birthName()).end();
        x.start("given").attr("qualifier", "CL").text(usedFirst != null ? usedFirst : traits.firstNames().get(0))
                .end();
        x.end();
        switch (traits.sex()) {
            case F -> x.empty("administrativeGenderCode", "code", "F", "codeSystem", "2.16.840.1.113883.5.1",
                    "displayName", "Féminin");
            case M -> x.empty("administrativeGenderCode", "code", "M", "codeSystem", "2.16.840.1.113883.5.1",
                    "displayName", "Masculin");
            case I -> x.empty("administrativeGenderCode", "code", "UN", "codeSystem", "2.16.840.1.113883.5.1",
                    "displayName", "Inconnu");
        }
        x.empty("birthTime", "value", birthTime(traits.birthDate()));
        x.start("birthplace").start("place").start("addr").element("county", traits.birthPlaceCode()).end().end()
                .end();
        x.end(); // patient
        x.end().end();
    }

    private static void author(CdaXml x, CdaHeader h) {
        x.start("author");
        x.empty("time", "value", timestamp(h.effectiveTime()));
        x.start("assignedAuthor");
        professionalCore(x, h.author(), h.organization());
        organization(x, "representedOrganization", h.organization(), false);
        x.end().end();
    }

    private static void custodian(CdaXml x, CdaOrganization organization) {
        // The structure that keeps the document: the practice which produced it (StrucMin CI-SISCustodian).
        x.start("custodian").start("assignedCustodian").start("representedCustodianOrganization");
        x.empty("id", "root", CdaOrganization.STRUCTURE_ID_OID, "extension", organization.nationalId());
        x.element("name", organization.name());
        if (organization.phone() != null) {
            x.empty("telecom", "value", "tel:" + organization.phone(), "use", "WP");
        }
        address(x, organization.address());
        x.end().end().end();
    }

    private static void legalAuthenticator(CdaXml x, CdaHeader h) {
        x.start("legalAuthenticator");
        x.empty("time", "value", timestamp(h.effectiveTime()));
        x.empty("signatureCode", "code", "S");
        x.start("assignedEntity");
        professionalCore(x, h.author(), h.organization());
        organization(x, "representedOrganization", h.organization(), true);
        x.end().end();
    }

    private static void attendingPhysician(CdaXml x, CdaHeader h) {
        // VSM: the médecin traitant as participant INF / PCP (CI-SIS VSM 1.4).
        x.start("participant").attr("typeCode", "INF");
        x.empty("functionCode", "code", "PCP", "displayName", "Médecin Traitant", "codeSystem",
                "2.16.840.1.113883.5.88");
        x.start("time").xsiType("IVL_TS").empty("low", "value", timestamp(h.serviceStart())).end();
        x.start("associatedEntity").attr("classCode", "PROV");
        x.empty("id", "root", CdaProfessional.NATIONAL_ID_OID, "extension", h.author().nationalId());
        x.start("associatedPerson");
        personName(x, h.author());
        x.end();
        organization(x, "scopingOrganization", h.organization(), false);
        x.end().end();
    }

    private static void serviceEvent(CdaXml x, CdaHeader h, CdaCode code) {
        x.start("documentationOf").start("serviceEvent");
        if (code != null) {
            x.start("code").attr("code", code.code()).attr("displayName", code.display())
                    .attr("codeSystem", code.system())
                    .attr("codeSystemName", CdaCodes.LOINC.equals(code.system()) ? "LOINC" : null).end();
        }
        x.start("effectiveTime").empty("low", "value", timestamp(h.serviceStart())).end();
        x.start("performer").attr("typeCode", "PRF").start("assignedEntity");
        professionalCore(x, h.author(), h.organization());
        organization(x, "representedOrganization", h.organization(), true);
        x.end().end();
        x.end().end();
    }

    private static void encounter(CdaXml x, CdaHeader h) {
        x.start("componentOf").start("encompassingEncounter");
        x.empty("code", "code", "AMB", "codeSystem", "2.16.840.1.113883.5.4", "displayName",
                "Ambulatoire (hors établissement)");
        x.start("effectiveTime").empty("low", "value", timestamp(h.serviceStart())).end();
        x.start("location").start("healthCareFacility");
        x.code("code", h.organization().facilityType());
        x.end().end();
        x.end().end();
    }

    /** id, code, addr, telecom, person: the common part of an author, an authenticator and a performer. */
    private static void professionalCore(CdaXml x, CdaProfessional p, CdaOrganization organization) {
        x.empty("id", "root", CdaProfessional.NATIONAL_ID_OID, "extension", p.nationalId());
        x.code("code", p.specialty());
        address(x, organization.address());
        if (organization.phone() != null) {
            x.empty("telecom", "value", "tel:" + organization.phone(), "use", "WP");
        }
        x.start("assignedPerson");
        personName(x, p);
        x.end();
    }

    private static void personName(CdaXml x, CdaProfessional p) {
        x.start("name");
        if (!p.givenName().isBlank()) {
            x.element("given", p.givenName());
        }
        x.element("family", p.familyName());
        if (p.title() != null) {
            x.element("suffix", p.title());
        }
        x.end();
    }

    private static void organization(CdaXml x, String element, CdaOrganization o, boolean withSetting) {
        x.start(element);
        x.empty("id", "root", CdaOrganization.STRUCTURE_ID_OID, "extension", o.nationalId());
        x.element("name", o.name());
        if (o.phone() != null) {
            x.empty("telecom", "value", "tel:" + o.phone(), "use", "WP");
        }
        address(x, o.address());
        if (withSetting) {
            x.code("standardIndustryClassCode", o.practiceSetting());
        }
        x.end();
    }

    private static void address(CdaXml x, CdaAddress a) {
        if (a == null) {
            return;
        }
        x.start("addr");
        optional(x, "houseNumber", a.houseNumber());
        optional(x, "streetName", a.streetName());
        optional(x, "postalCode", a.postalCode());
        optional(x, "city", a.city());
        x.end();
    }

    private static void optional(CdaXml x, String name, String value) {
        if (value != null && !value.isBlank()) {
            x.element(name, value);
        }
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atZone(PARIS));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A birth date with INSi's {@code 00} day or month loses the unknown part (TS precision). */
    static String birthTime(BirthDate date) {
        if (date.month() == 0) {
            return String.format("%04d", date.year());
        }
        if (date.day() == 0) {
            return String.format("%04d%02d", date.year(), date.month());
        }
        return String.format("%04d%02d%02d", date.year(), date.month(), date.day());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
