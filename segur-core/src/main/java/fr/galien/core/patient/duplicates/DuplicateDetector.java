package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.patient.SearchTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the probable duplicates among many patients without comparing every pair (n² = 5·10⁹ for 100,000): each
 * patient gets a few blocking keys, only patients sharing a key are scored ({@link DuplicateScorer}). Pure, in
 * memory; the registry reads the candidates with one constant query.
 *
 * <p>Keys, chosen so that each kind of counter mistake still leaves one key in common:
 * <ul>
 *   <li>{@code m:} the matricule's 13 digits — the INS alone;</li>
 *   <li>{@code d:} the complete birth date — a typo in both names;</li>
 *   <li>{@code n:} sound of a name (birth or used) + birth year — name typos, partial or swapped dates, day typos,
 *       married names typed as birth names;</li>
 *   <li>{@code f:} sound of the first first name + complete birth date — a birth name replaced or mistyped beyond
 *       its sound;</li>
 *   <li>{@code nf:} sound of a name + sound of the first first name — a mistyped or swapped birth year.</li>
 * </ul>
 * A key shared by more than {@value #MAX_BLOCK} patients (a default date such as 01/01/1900 in an old import) is not
 * compared all-to-all: its patients are sorted by name and each is compared with the next {@value #WINDOW}, so the
 * cost stays linear whatever the data.
 */
public final class DuplicateDetector {

    static final int MAX_BLOCK = 200;
    static final int WINDOW = 25;

    /** Two patients (indexes into the list given to {@link #find}) and their similarity. */
    public record ScoredPair(int first, int second, Similarity similarity) {
    }

    private DuplicateDetector() {
    }

    /**
     * The pairs scoring at least {@code minScore}, best first (ties by the list order). Pairs of different qualified
     * matricules score 0 and are never returned.
     */
    public static List<ScoredPair> find(List<DuplicateCandidate> candidates, int minScore) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (String key : keys(candidates.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        List<ScoredPair> found = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2) {
                continue;
            }
            if (block.size() <= MAX_BLOCK) {
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size(); y++) {
                        compare(candidates, block.get(x), block.get(y), minScore, compared, found);
                    }
                }
            } else {
                List<Integer> sorted = new ArrayList<>(block);
                sorted.sort(Comparator.comparing((Integer i) -> sortKey(candidates.get(i))));
                for (int x = 0; x < sorted.size(); x++) {
                    for (int y = x + 1; y < Math.min(sorted.size(), x + 1 + WINDOW); y++) {
                        compare(candidates, sorted.get(x), sorted.get(y), minScore, compared, found);
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt((ScoredPair pair) -> pair.similarity().score()).reversed()
                .thenComparingInt(ScoredPair::first).thenComparingInt(ScoredPair::second));
        return found;
    }

    private static void compare(List<DuplicateCandidate> candidates, int i, int j, int minScore, Set<Long> compared,
                                List<ScoredPair> found) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        if (first == second || !compared.add(((long) first << 32) | second)) {
            return;
        }
        Similarity similarity = DuplicateScorer.score(candidates.get(first), candidates.get(second));
        if (similarity.score() >= minScore && similarity.score() > 0) {
            found.add(new ScoredPair(first, second, similarity));
        }
    }

    /** The blocking keys of one patient (see the class comment). */
    static Set<String> keys(DuplicateCandidate candidate) {
        Set<String> keys = new HashSet<>();
        BirthDate date = candidate.birthDate();
        if (candidate.matricule() != null && candidate.matricule().length() >= 13) {
            keys.add("m:" + candidate.matricule().substring(0, 13).toUpperCase(Locale.ROOT));
        }
        String firstName = PhoneticKey.of(candidate.firstFirstName());
        if (date != null && date.isComplete()) {
            keys.add("d:" + date.toIso());
            if (!firstName.isEmpty()) {
                keys.add("f:" + firstName + ":" + date.toIso());
            }
        }
        for (String name : new String[] {candidate.birthName(), candidate.usedName()}) {
            String sound = PhoneticKey.of(name);
            if (sound.isEmpty()) {
                continue;
            }
            if (date != null) {
                keys.add("n:" + sound + ":" + date.year());
            }
            if (!firstName.isEmpty()) {
                keys.add("nf:" + sound + ":" + firstName);
            }
        }
        return keys;
    }

    private static String sortKey(DuplicateCandidate candidate) {
        return SearchTokens.compact(candidate.birthName()) + " " + SearchTokens.compact(candidate.firstFirstName());
    }
}
