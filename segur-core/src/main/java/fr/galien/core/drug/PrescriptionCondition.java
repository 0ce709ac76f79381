package fr.galien.core.drug;

import fr.galien.core.search.SearchTokens;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Prescription and dispensing conditions, read from the free text of BDPM CIS_CPD (the raw text is kept next to
 * them: only what is recognised below is typed, everything else stays readable as text).
 */
public enum PrescriptionCondition {
    /** « liste I » (substances vénéneuses, CSP art. L5132-6). */
    LISTE_I("liste I"),
    /** « liste II ». */
    LISTE_II("liste II"),
    /** « stupéfiants ». */
    STUPEFIANT("stupéfiant"),
    /** Partly under the stupéfiants rules (« soumis à une partie de la réglementation des stupéfiants »). */
    ASSIMILE_STUPEFIANT("assimilé stupéfiant"),
    /** « prescription en toutes lettres sur ordonnance sécurisée ». */
    ORDONNANCE_SECURISEE("ordonnance sécurisée"),
    /** « prescription limitée à N semaines / jours ». */
    DUREE_LIMITEE("durée de prescription limitée"),
    /** « délivrance fractionnée de N jours ». */
    DELIVRANCE_FRACTIONNEE("délivrance fractionnée"),
    /** « réservé à l'usage HOSPITALIER ». */
    RESERVE_HOSPITALIER("réservé à l'usage hospitalier"),
    /** « prescription hospitalière ». */
    PRESCRIPTION_HOSPITALIERE("prescription hospitalière"),
    /** « prescription initiale hospitalière (annuelle, semestrielle…) ». */
    PRESCRIPTION_INITIALE_HOSPITALIERE("prescription initiale hospitalière"),
    /** Prescription (initial or not) or renewal reserved to some specialists. */
    PRESCRIPTION_RESERVEE_SPECIALISTES("prescription réservée à certains spécialistes"),
    /** « médicament nécessitant une surveillance particulière pendant le traitement ». */
    SURVEILLANCE_PARTICULIERE("surveillance particulière"),
    /** « délivrance réservée aux pharmacies à usage intérieur ». */
    RESERVE_PUI("délivrance réservée aux pharmacies à usage intérieur"),
    /** « réservé à l'usage professionnel … » (dentaire, etc.). */
    USAGE_PROFESSIONNEL("réservé à l'usage professionnel");

    private final String label;

    PrescriptionCondition(String label) {
        this.label = label;
    }

    /** French label. */
    public String label() {
        return label;
    }

    /** The conditions recognised in the texts of one medicine. */
    public static Set<PrescriptionCondition> of(List<String> texts) {
        Set<PrescriptionCondition> found = EnumSet.noneOf(PrescriptionCondition.class);
        for (String text : texts) {
            found.addAll(parse(text));
        }
        return found;
    }

    /** The conditions one CPD text states; empty when none is recognised. */
    public static Set<PrescriptionCondition> parse(String text) {
        Set<PrescriptionCondition> found = EnumSet.noneOf(PrescriptionCondition.class);
        String t = SearchTokens.normalise(text).replaceAll("\\s+", " ").strip();
        if (t.equals("liste i")) {
            found.add(LISTE_I);
        } else if (t.equals("liste ii")) {
            found.add(LISTE_II);
        }
        if (t.contains("stupefiant")) {
            found.add(t.contains("partie de la reglementation") || t.contains("assimile") ? ASSIMILE_STUPEFIANT
                    : STUPEFIANT);
        }
        if (t.contains("ordonnance securisee")) {
            found.add(ORDONNANCE_SECURISEE);
        }
        if (t.startsWith("prescription limitee a")) {
            found.add(DUREE_LIMITEE);
        }
        if (t.startsWith("delivrance fractionnee")) {
            found.add(DELIVRANCE_FRACTIONNEE);
        }
        if (t.contains("usage hospitalier")) {
            found.add(RESERVE_HOSPITALIER);
        }
        if (t.startsWith("prescription hospitaliere")) {
            found.add(PRESCRIPTION_HOSPITALIERE);
        }
        if (t.startsWith("prescription initiale hospitaliere")) {
            found.add(PRESCRIPTION_INITIALE_HOSPITALIERE);
        }
        if (t.contains("specialiste") && (t.startsWith("prescription") || t.startsWith("renouvellement"))) {
            found.add(PRESCRIPTION_RESERVEE_SPECIALISTES);
        }
        if (t.contains("surveillance particuliere")) {
            found.add(SURVEILLANCE_PARTICULIERE);
        }
        if (t.contains("pharmacies a usage interieur")) {
            found.add(RESERVE_PUI);
        }
        if (t.startsWith("reserve a l'usage professionnel")) {
            found.add(USAGE_PROFESSIONNEL);
        }
        return found;
    }
}
