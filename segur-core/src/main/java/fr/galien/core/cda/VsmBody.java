package fr.galien.core.cda;

import static fr.galien.core.cda.CdaBodyWriter.Cell;
import static fr.galien.core.cda.CdaBodyWriter.closeSection;
import static fr.galien.core.cda.CdaBodyWriter.french;
import static fr.galien.core.cda.CdaBodyWriter.openSection;
import static fr.galien.core.cda.CdaBodyWriter.originalText;
import static fr.galien.core.cda.CdaBodyWriter.reference;
import static fr.galien.core.cda.CdaBodyWriter.uuid;

import fr.galien.core.cda.VsmContent.Allergy;
import fr.galien.core.cda.VsmContent.Problem;
import fr.galien.core.cda.VsmContent.RiskFactor;
import fr.galien.core.cda.VsmContent.Treatment;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured body of the VSM 1.4 (CI-SIS « Volet de Synthèse Médicale », schematron CI-SIS_VSM_1.4_2022.01):
 * the three mandatory sections — pathologies/history/allergies/risk factors (1.2.250.1.213.1.1.2.29 with its
 * sub-sections .2.30 and .2.31), results kept as points of vigilance (IHE 1.3.6.1.4.1.19376.1.5.3.1.3.27) and
 * long-term treatment (.2.32) — with IHE PCC entries wherever we hold coded data.
 */
final class VsmBody {

    private static final String SNOMED_DIAGNOSIS = "282291009";

    private VsmBody() {
    }

    static List<CdaSection> write(CdaXml x, VsmContent c) {
        List<CdaSection> plain = new ArrayList<>();
        x.start("component").start("structuredBody");

        openSection(x, new String[]{"1.2.250.1.213.1.1.2.29"},
                new CdaCode("46612-8", CdaCodes.LOINC, "Conclusions de synthèse"),
                "Pathologie en cours, antécédents, allergies et facteurs de risques");
        openSection(x, new String[]{"1.2.250.1.213.1.1.2.30"},
                new CdaCode("34117-2", CdaCodes.LOINC, "Historique et physique"),
                "Pathologies en cours, antécédents et allergies");
        List<CdaSection> history = new ArrayList<>();
        history.add(problems(x, c.pathologies(), true));
        history.add(problems(x, c.history(), false));
        history.add(allergies(x, c.allergies()));
        closeSection(x);
        List<CdaSection> risks = riskFactors(x, c.riskFactors());
        closeSection(x);
        plain.add(CdaSection.group("Pathologies en cours, antécédents et allergies", history));
        plain.add(CdaSection.group("Facteurs de risque", risks));

        plain.add(vigilance(x, c.vigilancePoints()));
        plain.add(treatments(x, c.treatments()));

        x.end().end();
        return plain;
    }

    private static CdaSection problems(CdaXml x, List<Problem> given, boolean active) {
        // IHE PCC wants at least one concern entry: « none known » is said as an uncoded one.
        List<Problem> problems = given.isEmpty() ? List.of(new Problem(active ? "Aucune pathologie en cours connue"
                : "Aucun antécédent médical connu", null, null, null)) : given;
        String title = active ? "Pathologies en cours" : "Antécédents médicaux";
        if (active) {
            openSection(x, new String[]{"2.16.840.1.113883.10.20.1.11", "1.3.6.1.4.1.19376.1.5.3.1.3.6",
                    "1.2.250.1.213.1.1.2.132"},
                    new CdaCode("11450-4", CdaCodes.LOINC, "Liste des problèmes actifs"), title);
        } else {
            openSection(x, new String[]{"1.3.6.1.4.1.19376.1.5.3.1.3.8", "1.2.250.1.213.1.1.2.134"},
                    new CdaCode("11348-0", CdaCodes.LOINC, "Antécédents médicaux"), title);
        }
        String prefix = active ? "pb" : "atcd";
        List<String> columns = List.of("Date", active ? "Pathologie en cours" : "Antécédent médical");
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            String date = p.end() == null ? french(p.start()) : french(p.start()) + " – " + french(p.end());
            rows.add(List.of(Cell.of(date), Cell.ref(p.label(), prefix + "-" + (i + 1))));
        }
        CdaBodyWriter.table(x, columns, rows);
        for (int i = 0; i < problems.size(); i++) {
            problemEntry(x, problems.get(i), prefix + "-" + (i + 1), active);
        }
        closeSection(x);
        return CdaBodyWriter.plain(title, columns, rows);
    }

    private static void problemEntry(CdaXml x, Problem p, String ref, boolean active) {
        x.start("entry").start("act").attr("classCode", "ACT").attr("moodCode", "EVN");
        x.templateId("2.16.840.1.113883.10.20.1.27");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.5.1");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.5.2");
        x.templateId("1.2.250.1.213.1.1.3.39");
        x.empty("id", "root", uuid());
        x.empty("code", "nullFlavor", "NA");
        boolean ongoing = active && p.end() == null;
        x.empty("statusCode", "code", ongoing ? "active" : "completed");
        interval(x, p, ongoing);
        x.start("entryRelationship").attr("typeCode", "SUBJ").attr("inversionInd", "false");
        x.start("observation").attr("classCode", "OBS").attr("moodCode", "EVN").attr("negationInd", "false");
        x.templateId("2.16.840.1.113883.10.20.1.28");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.5");
        x.templateId("1.2.250.1.213.1.1.3.37");
        x.empty("id", "root", uuid());
        x.empty("code", "code", SNOMED_DIAGNOSIS, "displayName", "interprétation diagnostique", "codeSystem",
                CdaCodes.SNOMED, "codeSystemName", "SNOMED CT");
        reference(x, ref);
        x.empty("statusCode", "code", "completed");
        interval(x, p, ongoing);
        x.start("value").xsiType("CD");
        if (p.cim10() != null) {
            x.attr("code", p.cim10().code()).attr("displayName", p.cim10().display())
                    .attr("codeSystem", p.cim10().system()).attr("codeSystemName", "CIM10");
        } else {
            x.attr("nullFlavor", "OTH");
        }
        originalText(x, ref);
        x.end();
        x.end().end();
        x.end().end();
    }

    private static void interval(CdaXml x, Problem p, boolean ongoing) {
        x.start("effectiveTime");
        if (p.start() != null) {
            x.empty("low", "value", CdaHeaderWriter.day(p.start()));
        } else {
            x.empty("low", "nullFlavor", "UNK");
        }
        if (!ongoing) {
            if (p.end() != null) {
                x.empty("high", "value", CdaHeaderWriter.day(p.end()));
            } else {
                x.empty("high", "nullFlavor", "UNK");
            }
        }
        x.end();
    }

    private static CdaSection allergies(CdaXml x, List<Allergy> given) {
        List<Allergy> allergies = given.isEmpty() ? List.of(new Allergy("Aucune allergie connue", null, null, null))
                : given;
        String title = "Allergies et hypersensibilités";
        openSection(x, new String[]{"2.16.840.1.113883.10.20.1.2", "1.3.6.1.4.1.19376.1.5.3.1.3.13",
                "1.2.250.1.213.1.1.2.137"}, new CdaCode("48765-2", CdaCodes.LOINC, title), title);
        List<String> columns = List.of("Depuis", "Agent responsable", "Réaction");
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < allergies.size(); i++) {
            Allergy a = allergies.get(i);
            rows.add(List.of(Cell.of(french(a.since())), Cell.ref(a.agent(), "allergie-" + (i + 1)),
                    Cell.of(a.reaction())));
        }
        CdaBodyWriter.table(x, columns, rows);
        for (int i = 0; i < allergies.size(); i++) {
            allergyEntry(x, allergies.get(i), "allergie-" + (i + 1));
        }
        closeSection(x);
        return CdaBodyWriter.plain(title, columns, rows);
    }

    private static void allergyEntry(CdaXml x, Allergy a, String ref) {
        x.start("entry").start("act").attr("classCode", "ACT").attr("moodCode", "EVN");
        x.templateId("2.16.840.1.113883.10.20.1.27");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.5.1");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.5.3");
        x.templateId("1.2.250.1.213.1.1.3.40");
        x.empty("id", "root", uuid());
        x.empty("code", "nullFlavor", "NA");
        x.empty("statusCode", "code", "active");
        x.start("effectiveTime");
        if (a.since() != null) {
            x.empty("low", "value", CdaHeaderWriter.day(a.since()));
        } else {
            x.empty("low", "nullFlavor", "UNK");
        }
        x.end();
        x.start("entryRelationship").attr("typeCode", "SUBJ").attr("inversionInd", "false");
        x.start("observation").attr("classCode", "OBS").attr("moodCode", "EVN").attr("negationInd", "false");
        x.templateId("2.16.840.1.113883.10.20.1.18");
        x.templateId("2.16.840.1.113883.10.20.1.28");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.5");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.6");
        x.templateId("1.2.250.1.213.1.1.3.41");
        x.empty("id", "root", uuid());
        x.empty("code", "code", "420134006", "displayName", "propension à des réactions indésirables",
                "codeSystem", CdaCodes.SNOMED, "codeSystemName", "SNOMED CT");
        reference(x, ref);
        x.empty("statusCode", "code", "completed");
        x.start("effectiveTime");
        if (a.since() != null) {
            x.empty("low", "value", CdaHeaderWriter.day(a.since()));
        } else {
            x.empty("low", "nullFlavor", "UNK");
        }
        x.end();
        x.start("value").xsiType("CD").attr("nullFlavor", "NA");
        originalText(x, ref);
        x.end();
        x.start("participant").attr("typeCode", "CSM");
        x.start("participantRole").attr("classCode", "MANU");
        x.start("playingEntity").attr("classCode", "MMAT");
        x.start("code");
        if (a.agentCode() != null) {
            x.attr("code", a.agentCode().code()).attr("displayName", a.agentCode().display())
                    .attr("codeSystem", a.agentCode().system());
        } else {
            x.attr("nullFlavor", "OTH");
        }
        originalText(x, ref);
        x.end();
        x.element("name", a.agent());
        x.end().end().end();
        x.end().end();
        x.end().end();
    }

    private static List<CdaSection> riskFactors(CdaXml x, List<RiskFactor> factors) {
        openSection(x, new String[]{"1.2.250.1.213.1.1.2.31"},
                new CdaCode("57207-3", CdaCodes.LOINC,
                        "Facteurs de risque présents ou passés affectant l'état de santé et/ou une circonstance"),
                "Facteurs de risque");
        String title = "Facteurs de risque";
        openSection(x, new String[]{"1.3.6.1.4.1.19376.1.5.3.1.1.5.3.1", "1.2.250.1.213.1.1.2.74"},
                new CdaCode("10161-8", CdaCodes.LOINC, "Facteurs de risques professionnels"), title);
        List<String> columns = List.of("Facteur", "Observation");
        List<List<Cell>> rows = new ArrayList<>();
        for (RiskFactor f : factors) {
            rows.add(List.of(Cell.of(f.label()), Cell.of(f.detail())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(Cell.of("Aucun facteur de risque connu"), Cell.of("")));
        }
        CdaBodyWriter.table(x, columns, rows);
        closeSection(x);
        closeSection(x);
        return List.of(CdaBodyWriter.plain(title, columns, rows));
    }

    private static CdaSection vigilance(CdaXml x, List<String> points) {
        String title = "Points de vigilance";
        openSection(x, new String[]{"1.3.6.1.4.1.19376.1.5.3.1.3.27", "1.2.250.1.213.1.1.2.150"},
                new CdaCode("30954-2", CdaCodes.LOINC, "Résultats d'examens"), title);
        List<List<Cell>> rows = new ArrayList<>();
        for (String point : points) {
            rows.add(List.of(Cell.of(point)));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(Cell.of("Aucun point de vigilance")));
        }
        CdaBodyWriter.table(x, List.of(), rows);
        closeSection(x);
        return CdaBodyWriter.plain(title, List.of(), rows);
    }

    private static CdaSection treatments(CdaXml x, List<Treatment> given) {
        List<Treatment> treatments = given.isEmpty()
                ? List.of(new Treatment("Aucun traitement au long cours", null, null, null, null, null)) : given;
        openSection(x, new String[]{"1.2.250.1.213.1.1.2.32"},
                new CdaCode("18776-5", CdaCodes.LOINC, "Plan de traitement"), "Traitement au long cours");
        String title = "Traitements";
        x.start("component").start("section");
        x.templateId("2.16.840.1.113883.10.20.1.8");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.3.19");
        x.templateId("1.2.250.1.213.1.1.2.143");
        x.start("code").attr("code", "10160-0").attr("displayName", "Traitements").attr("codeSystem", CdaCodes.LOINC)
                .attr("codeSystemName", "LOINC").end();
        x.element("title", title);
        List<String> columns = List.of("Depuis", "Médicament", "Posologie", "Voie d'administration", "Motif");
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < treatments.size(); i++) {
            Treatment t = treatments.get(i);
            rows.add(List.of(Cell.of(french(t.start())), Cell.ref(t.medication(), "med-" + (i + 1)),
                    Cell.of(t.posology()), Cell.of(t.route() == null ? "" : t.route().display()),
                    Cell.of(t.reason())));
        }
        CdaBodyWriter.table(x, columns, rows);
        for (int i = 0; i < treatments.size(); i++) {
            treatmentEntry(x, treatments.get(i), "med-" + (i + 1));
        }
        x.end().end();
        closeSection(x);
        return CdaSection.group("Traitement au long cours", List.of(CdaBodyWriter.plain(title, columns, rows)));
    }

    private static void treatmentEntry(CdaXml x, Treatment t, String ref) {
        x.start("entry").attr("typeCode", "DRIV");
        x.start("substanceAdministration").attr("classCode", "SBADM").attr("moodCode", "EVN");
        x.templateId("2.16.840.1.113883.10.20.1.24");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.7");
        x.templateId("1.2.250.1.213.1.1.3.42");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.7.1");
        x.empty("id", "root", uuid());
        x.empty("code", "code", "DRUG", "displayName", "Médicament", "codeSystem", "2.16.840.1.113883.5.4",
                "codeSystemName", "HL7:ActCode");
        reference(x, ref);
        // IHE PCC Medications: always completed (the prescription was made).
        x.empty("statusCode", "code", "completed");
        x.start("effectiveTime").xsiType("IVL_TS");
        if (t.start() != null) {
            x.empty("low", "value", CdaHeaderWriter.day(t.start()));
        } else {
            x.empty("low", "nullFlavor", "UNK");
        }
        x.empty("high", "nullFlavor", "UNK");
        x.end();
        if (t.route() != null) {
            x.start("routeCode").attr("code", t.route().code()).attr("displayName", t.route().display())
                    .attr("codeSystem", t.route().system()).attr("codeSystemName", "EDQM").end();
        }
        x.start("consumable").start("manufacturedProduct");
        x.templateId("2.16.840.1.113883.10.20.1.53");
        x.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.7.2");
        x.templateId("1.2.250.1.213.1.1.3.43");
        x.start("manufacturedMaterial");
        x.start("code");
        if (t.product() != null) {
            x.attr("code", t.product().code()).attr("displayName", t.product().display())
                    .attr("codeSystem", t.product().system()).attr("codeSystemName", "CIS");
        } else {
            x.attr("nullFlavor", "OTH");
        }
        originalText(x, ref);
        x.end();
        x.element("name", t.medication());
        x.end();
        x.end().end();
        x.end().end();
    }
}
