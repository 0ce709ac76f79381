package fr.galien.core.patient.duplicates;

import fr.galien.core.search.SearchTokens;

/**
 * A coarse French sound key of a name, for blocking only (which pairs get compared, never the score): names that a
 * counter would spell differently for the same sound share the key — {@code Dupont}, {@code Dupond},
 * {@code DUPONT}; {@code Lefèvre}, {@code Lefebvre}; {@code Mathieu}, {@code Matthieu}; {@code Philippe},
 * {@code Filipe}. Too coarse is harmless (a few more comparisons inside a block that also carries the birth year);
 * too fine loses duplicates, so the rules lean towards merging sounds.
 *
 * <p>Steps: the name reduced to {@code [a-z0-9]} ({@link SearchTokens#compact}), common French spellings of one
 * sound rewritten, silent final letters dropped, vowels after the first letter dropped, doubled letters collapsed.
 */
public final class PhoneticKey {

    /** Rewrites applied in order: longer spellings first so that "sch" is not read as "s" + "ch". */
    private static final String[][] REWRITES = {
        {"eaux", "o"}, {"eau", "o"}, {"aux", "o"}, {"ault", "o"}, {"au", "o"},
        {"sch", "x"}, {"ch", "x"}, {"sh", "x"},
        {"ph", "f"}, {"gh", "g"}, {"th", "t"}, {"ck", "k"}, {"qu", "k"}, {"q", "k"},
        {"ce", "se"}, {"ci", "si"}, {"cy", "si"}, {"c", "k"},
        {"ge", "je"}, {"gi", "ji"}, {"gy", "ji"}, {"gu", "g"},
        {"bv", "v"}, {"w", "v"}, {"y", "i"}, {"z", "s"}, {"h", ""},
    };

    private PhoneticKey() {
    }

    /** The key; empty for a name without letters or digits. */
    public static String of(String name) {
        return ofCompact(SearchTokens.compact(name));
    }

    /** The key of a name already reduced by {@link SearchTokens#compact}. */
    static String ofCompact(String compact) {
        String text = compact;
        if (text.isEmpty()) {
            return "";
        }
        for (String[] rewrite : REWRITES) {
            text = text.replace(rewrite[0], rewrite[1]);
        }
        text = collapseDoubles(text);
        // Silent endings: Dupont/Dupond/Dupons, Renaud/Renaut, Giraud/Girault, Martine/Martin are close anyway.
        while (text.length() > 2 && "tdsxe".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder().append(text.charAt(0));
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("aeiou".indexOf(c) < 0) {
                key.append(c);
            }
        }
        return collapseDoubles(key.toString());
    }

    private static String collapseDoubles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
