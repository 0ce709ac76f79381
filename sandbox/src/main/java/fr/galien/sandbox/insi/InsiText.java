package fr.galien.sandbox.insi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How INSi compares traits (specs §2.1, RNIV): upper case, diacritics removed, ligatures expanded (Œ → OE,
 * Æ → AE), typographic apostrophes made plain, spaces collapsed.
 */
final class InsiText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters, then letters, space, hyphen or apostrophe: the characters INSi traits are made of. */
    static final Pattern NAME = Pattern.compile("[A-Z][A-Z' -]*");

    private InsiText() {
    }

    static String normalise(String value) {
        String expanded = value.replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae")
                .replace("ß", "ss").replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('´', '\'');
        String bare = MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
