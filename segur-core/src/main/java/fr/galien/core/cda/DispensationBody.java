package fr.galien.core.cda;

import static fr.galien.core.cda.CdaBodyWriter.Cell;
import static fr.galien.core.cda.CdaBodyWriter.closeSection;
import static fr.galien.core.cda.CdaBodyWriter.openSection;
import static fr.galien.core.cda.CdaBodyWriter.originalText;
import static fr.galien.core.cda.CdaBodyWriter.reference;
import static fr.galien.core.cda.CdaBodyWriter.uuid;

import fr.galien.core.cda.DispensationContent.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of the dispensation (eDISP-MED 2024.01): the section « Médicaments délivrés » (IHE Pharm DIS
 * 1.3.6.1.4.1.19376.1.9.1.2.3, CI-SIS 1.2.250.1.213.1.1.2.236, LOINC 60590-7) with one IHE DIS supply entry per
 * line: the presentation by CIP 13, the number of boxes, the posology as the patient's instruction (PINSTRUCT) and
 * whether a generic was substituted.
 */
final class DispensationBody {

    /** EDQM « Boîte », the unit of a dispensed quantity in boxes. */
    private static final String BOX = "30009000";

    private DispensationBody() {
    }

    static List<CdaSection> write(CdaXml x, DispensationContent c) {
        x.start("component").start("structuredBody");
        String title = "Médicaments délivrés";
        x.start("component").start("section").attr("classCode", "DOCSECT").attr("moodCode", "EVN");
        x.templateId("1.3.6.1.4.1.19376.1.9.1.2.3");
        x.templateId("2.16.840.1.113883.10.20.1.8");
        x.templateId("1.2.250.1.213.1.1.2.236");
        x.empty("id", "root", uuid());
        x.empty("code", "code", "60590-7", "displayName", title, "codeSystem", CdaCodes.LOINC, "codeSystemName",
                "LOINC");
        x.element("title", title);
        List<String> columns = List.of("Médicament", "Quantité délivrée", "Posologie", "Substitution",
                "Note du pharmacien");
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            Line line = c.lines().get(i);
            String ref = "med-" + (i + 1);
            rows.add(List.of(Cell.ref(line.label(), ref),
                    Cell.of(line.boxes() + (line.boxes() > 1 ? " boîtes" : " boîte")),
                    Cell.ref(line.posology(), ref + "-instruction"),
                    Cell.ref(line.substituted() ? "Substitution par un générique" : "Non substitué",
                            ref + "-substitution"),
                    Cell.ref(note(line), ref + "-note")));
        }
        CdaBodyWriter.table(x, columns, rows);
        for (int i = 0; i < c.lines().size(); i++) {
            supply(x, c.lines().get(i), "med-" + (i + 1));
        }
        x.end().end();
        x.end().end();
        return List.of(CdaBodyWriter.plain(title, columns, rows));
    }

    private static String note(Line line) {
        return line.lot() == null || line.lot().isBlank() ? "Délivré sans remarque" : "Lot " + line.lot();
    }

    private static void supply(CdaXml x, Line line, String ref) {
        x.start("entry").start("supply").attr("classCode", "SPLY").attr("moodCode", "EVN");
        x.templateId("2.16.840.1.113883.10.20.1.34");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.7.3");
        x.templateId("1.3.6.1.4.1.19376.1.9.1.3.4");
        x.templateId("1.2.250.1.213.1.1.3.204");
        x.empty("id", "root", uuid());
        reference(x, ref);
        x.empty("quantity", "value", Integer.toString(line.boxes()), "unit", BOX);
        x.start("product").start("manufacturedProduct").attr("classCode", "MANU");
        x.templateId("2.16.840.1.113883.10.20.1.53");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.7.2");
        x.templateId("1.2.250.1.213.1.1.3.43");
        x.start("manufacturedMaterial").attr("classCode", "MMAT").attr("determinerCode", "KIND");
        x.templateId("1.3.6.1.4.1.19376.1.9.1.3.1");
        x.start("code");
        originalText(x, ref);
        x.start("translation").attr("code", line.cip13()).attr("displayName", line.label())
                .attr("codeSystem", CdaCodes.CIP).attr("codeSystemName", "CIP");
        originalText(x, ref);
        x.end();
        x.end();
        x.element("name", line.label());
        if (line.lot() != null && !line.lot().isBlank()) {
            x.element("lotNumberText", line.lot());
        }
        x.end();
        x.end().end();
        if (!line.posology().isBlank()) {
            x.start("entryRelationship").attr("typeCode", "SUBJ").attr("inversionInd", "true");
            x.start("act").attr("classCode", "ACT").attr("moodCode", "INT");
            x.templateId("2.16.840.1.113883.10.20.1.49");
            x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.3");
            x.templateId("1.2.250.1.213.1.1.3.33");
            x.empty("code", "code", "PINSTRUCT", "codeSystem", "1.3.6.1.4.1.19376.1.5.3.2", "codeSystemName",
                    "IHEActCode");
            reference(x, ref + "-instruction");
            x.empty("statusCode", "code", "completed");
            x.end().end();
        }
        // CI-SIS E_supplyEntry_fr: a supply with relationships carries the dispenser's note (FINSTRUCT).
        x.start("entryRelationship").attr("typeCode", "SUBJ").attr("inversionInd", "true");
        x.start("act").attr("classCode", "ACT").attr("moodCode", "INT");
        x.templateId("2.16.840.1.113883.10.20.1.43");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.3.1");
        x.templateId("1.2.250.1.213.1.1.3.207");
        x.empty("code", "code", "FINSTRUCT", "codeSystem", "1.3.6.1.4.1.19376.1.5.3.2", "codeSystemName",
                "IHEActCode");
        reference(x, ref + "-note");
        x.empty("statusCode", "code", "completed");
        x.end().end();
        x.start("entryRelationship").attr("typeCode", "COMP");
        x.start("act").attr("classCode", "ACT").attr("moodCode", "EVN");
        x.templateId("1.3.6.1.4.1.19376.1.9.1.3.9.2");
        x.templateId("1.2.250.1.213.1.1.3.206");
        x.start("code").attr("code", line.substituted() ? "G" : "N")
                .attr("displayName", line.substituted() ? "Substitution par un produit générique" : "Non substitué")
                .attr("codeSystem", "2.16.840.1.113883.5.1070")
                .attr("codeSystemName", "HL7_substanceAdminSubstitution");
        originalText(x, ref + "-substitution");
        x.end();
        x.empty("statusCode", "code", "completed");
        x.end().end();
        x.end().end();
    }
}
