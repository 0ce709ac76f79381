package fr.galien.psc;

import java.util.Map;

/** French labels of the TRE_G15 profession codes carried in {@code SubjectRefPro} (specs §5.3). */
final class ProfessionLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("10", "Médecin"),
            Map.entry("21", "Pharmacien"),
            Map.entry("26", "Audioprothésiste"),
            Map.entry("28", "Opticien-lunetier"),
            Map.entry("39", "Préparateur en pharmacie"),
            Map.entry("40", "Chirurgien-dentiste"),
            Map.entry("50", "Sage-femme"),
            Map.entry("60", "Infirmier"),
            Map.entry("70", "Masseur-kinésithérapeute"),
            Map.entry("80", "Pédicure-podologue"),
            Map.entry("91", "Orthophoniste"),
            Map.entry("92", "Orthoptiste"));

    private ProfessionLabels() {
    }

    /** The label, or "Profession <code>" for a code this table does not know yet (never fails a login). */
    static String label(String code) {
        String label = LABELS.get(code);
        return label != null ? label : "Profession " + code;
    }
}
