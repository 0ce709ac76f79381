package fr.galien.core.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as INSi writes and reads them (specs §2.1, RNIV lexical rules quoted from SEL-MP-043 by third-party clients):
 * upper-case A–Z without diacritics, ligatures expanded (Œ→OE, Æ→AE), separators space, apostrophe and hyphen
 * (double hyphen allowed), nothing at either end. Used to compare local traits with INSi's and to build requests.
 */
public final class InsText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A name INSi accepts: words of A–Z joined by one space, one apostrophe, or one or two hyphens. */
    private static final Pattern INSI_NAME = Pattern.compile("[A-Z]+(?:(?:-{1,2}|[' ])[A-Z]+)*");

    private InsText() {
    }

    /** Upper case, no diacritics, ligatures expanded, typographic apostrophes straightened, spaces collapsed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String expanded = text.replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae")
                .replace("ß", "SS").replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'');
        String withoutMarks = MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(withoutMarks.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    /** True when {@code normalized} (the output of {@link #normalize}) is a name INSi accepts. */
    public static boolean isInsiName(String normalized) {
        return normalized != null && INSI_NAME.matcher(normalized).matches();
    }
}
