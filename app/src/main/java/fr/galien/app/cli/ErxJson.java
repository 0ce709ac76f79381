package fr.galien.app.cli;

import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.LocalDispensation;
import fr.galien.core.eprescription.LocalPrescription;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.EPrescription;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.RecordedDispensation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of {@code galien erx} (docs/cli.md): ordered maps, unaccented state names, codes never names. */
final class ErxJson {

    private ErxJson() {
    }

    /**
     * {@code erx create} / {@code erx cancel}. {@code pdf} stays null until the ordonnance PDF exists; each line's
     * {@code labelSource} says where its label came from: {@code catalogue} (the drug catalogue), {@code ligne}
     * (typed on the command line) or {@code inconnu} (a CIP13 the catalogue does not know: « CIP … »).
     */
    static Map<String, Object> created(LocalPrescription rx, List<String> labelSources) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", rx.nationalId().orElse(null));
        json.put("localId", rx.id().toString());
        json.put("patient", rx.patientId().toString());
        json.put("state", rx.state().db());
        json.put("paper", rx.paper());
        json.put("paperReason", rx.paperReason().map(reason -> reason.db()).orElse(null));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (PrescribedLine line : rx.lines()) {
            Map<String, Object> one = line(line);
            one.put("labelSource", line.number() <= labelSources.size() ? labelSources.get(line.number() - 1) : null);
            lines.add(one);
        }
        json.put("lines", lines);
        json.put("pdf", null);
        return json;
    }

    static Map<String, Object> line(PrescribedLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", line.number());
        json.put("system", line.product().system().name());
        json.put("code", line.product().code());
        json.put("label", line.product().label());
        json.put("posology", line.posology().text());
        json.put("quantity", line.quantity());
        json.put("unit", line.quantityUnit());
        json.put("durationDays", line.durationDays());
        json.put("renewals", line.renewals());
        json.put("nonSubstitutable", line.nonSubstitutable());
        json.put("ald", line.ald());
        return json;
    }

    /** {@code erx show}: the prescription at the service, the patient check, what remains, what was done here. */
    static Map<String, Object> shown(CounterPrescription fetched, List<LocalDispensation> here) {
        EPrescription rx = fetched.prescription();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", rx.prescriptionId());
        json.put("status", rx.status().name());
        json.put("authoredOn", rx.authoredOn() == null ? null : rx.authoredOn().toString());
        json.put("prescriber", Map.of("nationalId", rx.prescriber().nationalId(),
                "structure", rx.prescriber().structureName()));
        json.put("patientCheck", fetched.check().name());
        json.put("traits", fetched.comparison().map(ErxJson::traits).orElse(null));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (PrescribedLine line : rx.lines()) {
            Map<String, Object> one = line(line);
            one.put("dispensed", rx.dispensed(line.number()));
            one.put("remaining", fetched.remaining(line.number()));
            lines.add(one);
        }
        json.put("lines", lines);
        json.put("dispensations", rx.dispensations().stream().map(ErxJson::recorded).toList());
        json.put("dispensationsHere", here.stream().map(ErxJson::dispensed).toList());
        return json;
    }

    private static List<Map<String, Object>> traits(TraitsComparison comparison) {
        return comparison.rows().stream().map(row -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("trait", row.trait().name());
            json.put("local", row.local());
            json.put("prescription", row.insi());
            json.put("equal", row.equal());
            return json;
        }).toList();
    }

    private static Map<String, Object> recorded(RecordedDispensation d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.dispensationId().toString());
        json.put("dispensedAt", d.dispensedAt() == null ? null : d.dispensedAt().toString());
        json.put("pharmacist", d.dispenser().nationalId());
        json.put("pharmacy", d.dispenser().structureId());
        json.put("lines", d.lines().stream().map(ErxJson::given).toList());
        return json;
    }

    private static Map<String, Object> given(DispensedLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", line.lineNumber());
        json.put("quantity", line.quantity());
        json.put("completeness", line.completeness().name());
        json.put("substitute", line.substitute() == null ? null : line.substitute().code());
        json.put("reason", line.reason() == null ? null : line.reason().name());
        return json;
    }

    /** {@code erx dispense}: the dispensation saved here and where its sending stands. */
    static Map<String, Object> dispensed(LocalDispensation d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id().toString());
        json.put("prescription", d.prescriptionId());
        json.put("state", d.state().db());
        json.put("detail", d.detail());
        json.put("lines", d.lines().stream().map(ErxJson::given).toList());
        return json;
    }

    static Map<String, Object> pending(EPrescriptions.Pending pending) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prescriptions", pending.prescriptions().stream().map(rx -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("localId", rx.id().toString());
            one.put("patient", rx.patientId().toString());
            one.put("lines", rx.lines().size());
            one.put("createdAt", rx.createdAt().toString());
            return one;
        }).toList());
        json.put("dispensations", pending.dispensations().stream().map(ErxJson::dispensed).toList());
        return json;
    }

    /** The human form of {@code erx show}. */
    static void print(PrintWriter out, CounterPrescription fetched) {
        EPrescription rx = fetched.prescription();
        out.println("Ordonnance " + rx.prescriptionId() + " — " + switch (rx.status()) {
            case ACTIVE -> "à délivrer";
            case PARTIALLY_DISPENSED -> "partiellement délivrée";
            case COMPLETED -> "entièrement délivrée";
            case CANCELLED -> "annulée";
        });
        switch (fetched.check()) {
            case OTHER_PATIENT -> out.println("ATTENTION : ordonnance établie pour un autre patient (INS différent).");
            case TRAITS_DIFFER -> out.println("ATTENTION : les traits d'identité diffèrent (voir --json).");
            default -> { }
        }
        for (PrescribedLine line : rx.lines()) {
            out.println("  " + line.number() + ". " + line.product().label() + " (" + line.product().code() + ") — "
                    + line.posology().text() + " — " + line.quantity().toPlainString() + " " + line.quantityUnit()
                    + (line.renewals() > 0 ? ", " + line.renewals() + " renouvellement(s)" : "")
                    + (line.nonSubstitutable() ? ", non substituable" : "")
                    + " — délivré " + rx.dispensed(line.number()).toPlainString() + ", reste "
                    + fetched.remaining(line.number()).toPlainString());
        }
        out.println("  " + rx.dispensations().size() + " délivrance(s) enregistrée(s) au service.");
    }
}
