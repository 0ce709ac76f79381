package fr.galien.app.ui.duplicates;

import fr.galien.core.domain.Patient;
import fr.galien.core.patient.duplicates.DuplicatePair;

/** One line of the pairs table: the score, and each record on two lines (names, then birth date). */
public record DuplicatePairRow(DuplicatePair pair, String score, String first, String second) {

    public static DuplicatePairRow of(DuplicatePair pair) {
        return new DuplicatePairRow(pair, Integer.toString(pair.score()), twoLines(pair.first()),
                twoLines(pair.second()));
    }

    private static String twoLines(Patient patient) {
        return patient.displayName().strip() + "\n" + (patient.birthDate() == null ? "" : patient.birthDate().toFrench());
    }
}
