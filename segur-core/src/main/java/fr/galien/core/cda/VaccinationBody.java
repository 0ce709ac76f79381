package fr.galien.core.cda;

import static fr.galien.core.cda.CdaBodyWriter.Cell;
import static fr.galien.core.cda.CdaBodyWriter.closeSection;
import static fr.galien.core.cda.CdaBodyWriter.french;
import static fr.galien.core.cda.CdaBodyWriter.openSection;
import static fr.galien.core.cda.CdaBodyWriter.originalText;
import static fr.galien.core.cda.CdaBodyWriter.reference;
import static fr.galien.core.cda.CdaBodyWriter.uuid;

import fr.galien.core.cda.VaccinationContent.Vaccination;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of the vaccination note (VAC-NOTE 2023.01): one « Vaccinations » section (IHE Immunizations,
 * 1.2.250.1.213.1.1.2.147, LOINC 11369-6) with one IHE immunization entry per act, its rank and the vaccinator as
 * performer and author — the volet requires the display names of the act, vaccine, route and profession.
 */
final class VaccinationBody {

    private VaccinationBody() {
    }

    static List<CdaSection> write(CdaXml x, CdaHeader h, VaccinationContent c) {
        x.start("component").start("structuredBody");
        String title = "Note de vaccination";
        openSection(x, new String[]{"2.16.840.1.113883.10.20.1.6", "1.3.6.1.4.1.19376.1.5.3.1.3.23",
                "1.2.250.1.213.1.1.2.147"}, new CdaCode("11369-6", CdaCodes.LOINC, "Historique des vaccinations"),
                title);
        List<String> columns = List.of("Date", "Vaccin", "Lot n°", "Rang", "Voie d'administration", "Commentaire",
                "Vaccinateur");
        List<List<Cell>> rows = new ArrayList<>();
        String vaccinator = (h.author().givenName() + " " + h.author().familyName()).strip();
        for (int i = 0; i < c.vaccinations().size(); i++) {
            Vaccination v = c.vaccinations().get(i);
            rows.add(List.of(Cell.of(french(v.date())), Cell.ref(v.vaccine().display(), "vac-" + (i + 1)),
                    Cell.of(v.lot()), Cell.of(v.rank() > 0 ? Integer.toString(v.rank()) : ""),
                    Cell.of(v.route() == null ? "" : v.route().display()),
                    Cell.ref(v.comment(), "vac-" + (i + 1) + "-comment"), Cell.of(vaccinator)));
        }
        CdaBodyWriter.table(x, columns, rows);
        for (int i = 0; i < c.vaccinations().size(); i++) {
            entry(x, h, c.vaccinations().get(i), "vac-" + (i + 1));
        }
        closeSection(x);
        x.end().end();
        return List.of(CdaBodyWriter.plain(title, columns, rows));
    }

    private static void entry(CdaXml x, CdaHeader h, Vaccination v, String ref) {
        x.start("entry");
        x.start("substanceAdministration").attr("classCode", "SBADM").attr("moodCode", "EVN")
                .attr("negationInd", "false");
        x.templateId("2.16.840.1.113883.10.20.1.24");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.12");
        x.templateId("1.2.250.1.213.1.1.3.45");
        x.empty("id", "root", uuid());
        boolean first = v.rank() == 1;
        x.empty("code", "code", first ? "INITIMMUNIZ" : "IMMUNIZ", "displayName",
                first ? "1ère série vaccinante" : "Vaccination", "codeSystem", "2.16.840.1.113883.5.4",
                "codeSystemName", "ActSubstanceAdministrationImmunizationCode");
        reference(x, ref);
        x.empty("statusCode", "code", "completed");
        x.empty("effectiveTime", "value", CdaHeaderWriter.day(v.date()));
        if (v.route() != null) {
            x.empty("routeCode", "code", v.route().code(), "displayName", v.route().display(), "codeSystem",
                    v.route().system(), "codeSystemName", "EDQM");
        }
        x.start("consumable").attr("typeCode", "CSM").start("manufacturedProduct");
        x.templateId("2.16.840.1.113883.10.20.1.53");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.7.2");
        x.templateId("1.2.250.1.213.1.1.3.43");
        x.start("manufacturedMaterial");
        x.start("code").attr("code", v.vaccine().code()).attr("displayName", v.vaccine().display())
                .attr("codeSystem", v.vaccine().system()).attr("codeSystemName", "CIS");
        originalText(x, ref);
        if (v.atc() != null) {
            x.empty("translation", "code", v.atc().code(), "displayName", v.atc().display(), "codeSystem",
                    CdaCodes.ATC, "codeSystemName", "ATC");
        }
        x.end();
        x.element("name", v.atc() != null ? v.atc().display() : v.vaccine().display());
        x.element("lotNumberText", v.lot() == null || v.lot().isBlank() ? null : v.lot());
        x.end();
        x.end().end();
        x.start("performer").attr("typeCode", "PRF").start("assignedEntity").attr("classCode", "ASSIGNED");
        professional(x, h);
        x.end().end();
        x.start("author").attr("contextControlCode", "OP").attr("typeCode", "AUT");
        x.empty("time", "value", CdaHeaderWriter.timestamp(h.effectiveTime()));
        x.start("assignedAuthor").attr("classCode", "ASSIGNED");
        professional(x, h);
        x.end().end();
        if (v.rank() > 0) {
            x.start("entryRelationship").attr("typeCode", "SUBJ");
            x.start("observation").attr("classCode", "OBS").attr("moodCode", "EVN");
            x.templateId("2.16.840.1.113883.10.20.1.46");
            x.templateId("1.2.250.1.213.1.1.3.82");
            x.empty("code", "code", "30973-2", "displayName", "Rang de la vaccination", "codeSystem",
                    CdaCodes.LOINC, "codeSystemName", "LOINC");
            x.empty("statusCode", "code", "completed");
            x.start("value").xsiType("INT").attr("value", Integer.toString(v.rank())).end();
            x.end().end();
        }
        if (!v.comment().isBlank()) {
            x.start("entryRelationship").attr("typeCode", "SUBJ");
            x.start("act").attr("classCode", "ACT").attr("moodCode", "EVN");
            x.templateId("2.16.840.1.113883.10.20.1.40");
            x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.2");
            x.templateId("1.2.250.1.213.1.1.3.32");
            x.empty("code", "code", "48767-8", "displayName", "Commentaire", "codeSystem", CdaCodes.LOINC,
                    "codeSystemName", "LOINC");
            x.start("text").empty("reference", "value", "#" + ref + "-comment").text(v.comment()).end();
            x.empty("statusCode", "code", "completed");
            x.end().end();
        }
        x.end().end();
    }

    private static void professional(CdaXml x, CdaHeader h) {
        x.empty("id", "root", CdaProfessional.NATIONAL_ID_OID, "extension", h.author().nationalId());
        x.code("code", h.author().specialty());
        x.start("assignedPerson").start("name");
        if (!h.author().givenName().isBlank()) {
            x.element("given", h.author().givenName());
        }
        x.element("family", h.author().familyName());
        x.end().end();
        x.start("representedOrganization");
        x.empty("id", "root", CdaOrganization.STRUCTURE_ID_OID, "extension", h.organization().nationalId());
        x.element("name", h.organization().name());
        x.end();
    }
}
