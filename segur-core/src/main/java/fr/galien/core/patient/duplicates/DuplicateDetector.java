package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.BirthDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import fr.galien.core.search.SearchTokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the probable duplicates among many patients without comparing every pair (n² = 5·10⁹ for 100,000): each
 * patient gets a few blocking keys, only patients sharing a key are scored ({@link DuplicateScorer}). Pure, in
 * memory; the registry reads the candidates with one constant query.
 *
 * <p>Keys, chosen so that each kind of counter mistake still leaves one key in common:
 * <ul>
 *   <li>{@code m:} the matricule's 13 digits — the INS alone;</li>
 *   <li>{@code d:} the complete birth date — a typo in both names;</li>
 *   <li>{@code n:} sound of a name (birth or used, {@link PhoneticKey}) + birth year — name typos, partial or
 *       swapped dates, day typos, married names typed as birth names;</li>
 *   <li>{@code f:} sound of the first first name + complete birth date — a birth name replaced or mistyped beyond
 *       its sound;</li>
 *   <li>{@code nf:} sound of a name + sound of the first first name — a mistyped or swapped birth year.</li>
 * </ul>
 * Keys are grouped as 64-bit hashes sorted in one primitive array (no map of strings: 100,000 patients make half a
 * million keys). Two keys sharing a hash only cost a few extra comparisons, since the score decides. A key shared by
 * more than {@value #MAX_BLOCK} patients (a default date such as 01/01/1900 in an old import) is not compared
 * all-to-all: its patients are sorted by name and each is compared with the next {@value #WINDOW}, so the cost stays
 * linear whatever the data.
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
        int n = candidates.size();
        List<DuplicateScorer.Form> forms = new ArrayList<>(n);
        // Each entry: the key's hash in the high bits, the candidate's index in the low bits; sorting groups blocks.
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] entries = new long[n * 6];
        int count = 0;
        // A few thousand distinct names among 100,000 patients: reduce each once.
        Map<String, String> compacted = new HashMap<>();
        Map<String, String> sounds = new HashMap<>();
        UnaryOperator<String> compact = name -> compacted.computeIfAbsent(name, SearchTokens::compact);
        UnaryOperator<String> sound = name -> sounds.computeIfAbsent(name, PhoneticKey::ofCompact);
        for (int i = 0; i < n; i++) {
            DuplicateScorer.Form form = new DuplicateScorer.Form(candidates.get(i), compact);
            forms.add(form);
            for (String key : keys(form, sound)) {
                if (count == entries.length) {
                    entries = Arrays.copyOf(entries, entries.length * 2);
                }
                entries[count++] = (hash(key) << indexBits) | i;
            }
        }
        Arrays.sort(entries, 0, count);

        PairSet compared = new PairSet(n * 4);
        List<ScoredPair> found = new ArrayList<>();
        int[] block = new int[16];
        for (int start = 0; start < count; ) {
            long blockHash = entries[start] >>> indexBits;
            int end = start;
            while (end < count && entries[end] >>> indexBits == blockHash) {
                end++;
            }
            int size = end - start;
            if (size > 1) {
                if (block.length < size) {
                    block = new int[Math.max(size, block.length * 2)];
                }
                for (int k = 0; k < size; k++) {
                    block[k] = (int) (entries[start + k] & indexMask);
                }
                compareBlock(forms, block, size, minScore, compared, found);
            }
            start = end;
        }
        found.sort(Comparator.comparingInt((ScoredPair pair) -> pair.similarity().score()).reversed()
                .thenComparingInt(ScoredPair::first).thenComparingInt(ScoredPair::second));
        return found;
    }

    private static void compareBlock(List<DuplicateScorer.Form> forms, int[] block, int size, int minScore,
                                     PairSet compared, List<ScoredPair> found) {
        if (size <= MAX_BLOCK) {
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y < size; y++) {
                    compare(forms, block[x], block[y], minScore, compared, found);
                }
            }
            return;
        }
        Integer[] sorted = new Integer[size];
        for (int k = 0; k < size; k++) {
            sorted[k] = block[k];
        }
        Arrays.sort(sorted, Comparator.comparing((Integer i) -> forms.get(i).birthName)
                .thenComparing(i -> forms.get(i).firstFirstName()));
        for (int x = 0; x < size; x++) {
            for (int y = x + 1; y < Math.min(size, x + 1 + WINDOW); y++) {
                compare(forms, sorted[x], sorted[y], minScore, compared, found);
            }
        }
    }

    private static void compare(List<DuplicateScorer.Form> forms, int i, int j, int minScore, PairSet compared,
                                List<ScoredPair> found) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        if (first == second || !compared.add(((long) first << 32) | second)) {
            return;
        }
        Similarity similarity = DuplicateScorer.score(forms.get(first), forms.get(second));
        if (similarity.score() >= minScore && similarity.score() > 0) {
            found.add(new ScoredPair(first, second, similarity));
        }
    }

    /** The blocking keys of one patient (see the class comment). */
    static Set<String> keys(DuplicateCandidate candidate) {
        return keys(new DuplicateScorer.Form(candidate), PhoneticKey::ofCompact);
    }

    private static Set<String> keys(DuplicateScorer.Form form, UnaryOperator<String> sound) {
        DuplicateCandidate candidate = form.candidate;
        Set<String> keys = new HashSet<>(8);
        BirthDate date = candidate.birthDate();
        if (candidate.matricule() != null && candidate.matricule().length() >= 13) {
            keys.add("m:" + candidate.matricule().substring(0, 13).toUpperCase(Locale.ROOT));
        }
        String firstName = sound.apply(form.firstFirstName());
        String iso = form.dateDigits;
        if (date != null && date.isComplete()) {
            keys.add("d:" + iso);
            if (!firstName.isEmpty()) {
                keys.add("f:" + firstName + ":" + iso);
            }
        }
        for (String name : new String[] {form.birthName, form.usedName}) {
            String nameSound = sound.apply(name);
            if (nameSound.isEmpty()) {
                continue;
            }
            if (date != null) {
                keys.add("n:" + nameSound + ":" + date.year());
            }
            if (!firstName.isEmpty()) {
                keys.add("nf:" + nameSound + ":" + firstName);
            }
        }
        return keys;
    }

    /** 64-bit FNV-1a of the key's UTF-8 bytes. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The pairs already scored (a pair shares up to six keys), as longs in an open-addressing table. */
    private static final class PairSet {
        private long[] slots;
        private int size;

        PairSet(int capacity) {
            slots = new long[Integer.highestOneBit(Math.max(16, capacity) * 2)];
            Arrays.fill(slots, -1L);
        }

        /** True when {@code pair} (never -1) was not in the set. */
        boolean add(long pair) {
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int slot = (int) (mix(pair) & mask);
            while (slots[slot] != -1L) {
                if (slots[slot] == pair) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = pair;
            size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            Arrays.fill(slots, -1L);
            size = 0;
            for (long pair : old) {
                if (pair != -1L) {
                    add(pair);
                }
            }
        }

        private static long mix(long value) {
            long h = value * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
