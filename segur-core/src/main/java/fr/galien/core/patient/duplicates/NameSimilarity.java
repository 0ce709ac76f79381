package fr.galien.core.patient.duplicates;

import fr.galien.core.search.SearchTokens;

/**
 * Jaro-Winkler similarity (0 = nothing in common, 1 = identical) of names reduced by
 * {@link SearchTokens#compact(String)}: case, accents, spaces, hyphens and apostrophes do not count, so
 * "Le Goff" and "LEGOFF" score 1, and a typo ("Dupont"/"Dupond") scores about 0.93.
 */
public final class NameSimilarity {

    private static final double WINKLER_SCALE = 0.1;
    private static final int WINKLER_PREFIX = 4;

    private NameSimilarity() {
    }

    public static double of(String left, String right) {
        return jaroWinkler(SearchTokens.compact(left), SearchTokens.compact(right));
    }

    /** On names already reduced by {@link SearchTokens#compact(String)} (callers that compare one name many times). */
    public static double jaroWinkler(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        double jaro = jaro(a, b);
        int prefix = 0;
        while (prefix < Math.min(WINKLER_PREFIX, Math.min(a.length(), b.length()))
                && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * WINKLER_SCALE * (1 - jaro);
    }

    private static double jaro(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    }
}
