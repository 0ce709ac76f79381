package fr.galien.core.patient.duplicates;

import java.util.List;

/**
 * How likely two records are the same person, 0 (surely two people) to 100 (surely one), with the evidence for and
 * against in the order the scorer found it (INS first, then names, first names, birth date, sex, birth place).
 */
public record Similarity(int score, List<MatchReason> reasons) {

    public Similarity {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0..100: " + score);
        }
        reasons = List.copyOf(reasons);
    }
}
