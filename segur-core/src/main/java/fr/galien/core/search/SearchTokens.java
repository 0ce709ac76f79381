package fr.galien.core.search;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a patient can be found by, and the words a query looks for (ADR 0004).
 *
 * <p>Tokens use only {@code [a-z0-9]}: accents stripped, lower case, ligatures spelled out. That small alphabet sorts
 * the same in H2 (binary) and in any PostgreSQL collation, so the search can scan a plain index with the range
 * {@code [prefix, successor(prefix))} instead of a {@code LIKE} that PostgreSQL indexes only under the C collation.
 * Letters outside the Latin alphabet and symbols (emoji, {@code <}, digits inside names are kept) separate words.
 *
 * <ul>
 *   <li>each part of a name: {@code "Jean-Pierre"} → {@code jean}, {@code pierre}; {@code "D'Arcy"} → {@code d},
 *       {@code arcy}</li>
 *   <li>the joined forms of a hyphenated or apostrophised word, from each part to its end: {@code jeanpierre},
 *       {@code darcy}; {@code "Le Gall-D'Arcy"} → {@code galldarcy}, {@code darcy} (so typing {@code jean-pi},
 *       {@code darc} or {@code d'arcy} finds them)</li>
 *   <li>{@code d} + {@code yyyyMMdd} for the birth date ({@code 00} kept), {@code m} + the 13 and the 15 characters
 *       of the matricule</li>
 * </ul>
 */
public final class SearchTokens {

    /** Column width of {@code patient_token.token}; longer tokens are cut (a prefix search never needs more). */
    public static final int MAX_TOKEN_LENGTH = 255;

    private static final Pattern JOINERS = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014'\u2019\u02BC\u0060\u00B4]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Invisible characters a copy-paste or a scanner leaves inside a name (zero-width space, joiners, word joiner,
     * byte-order mark, soft hyphen): removed, so « Du\u200Bpont » is found by « dupont » as the duplicate check does.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]");
    private static final Pattern NOT_TOKEN = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MATRICULE = Pattern.compile("\\d{5}(\\d{2}|2[ABab])\\d{6}(\\d{2})?");
    private static final String DATE_PREFIX = "d";
    private static final String MATRICULE_PREFIX = "m";

    private SearchTokens() {
    }

    /** One token of a query: a prefix to complete, or an exact value (birth date, matricule). */
    public record QueryToken(String value, boolean exact) {

        /** Lower bound of the index range (inclusive). */
        public String from() {
            return value;
        }

        /** Upper bound of the index range (exclusive). */
        public String to() {
            return exact ? value + "0" : successor(value);
        }

        public boolean matches(String token) {
            return exact ? token.equals(value) : token.startsWith(value);
        }
    }

    /**
     * Lower case, accents and other combining marks removed, ligatures spelled out ({@code œ} → {@code oe}); the
     * separators are left in place.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = INVISIBLE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o")
                .replace("đ", "d").replace("ł", "l").replace("ı", "i").replace("þ", "th");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Every token of a patient, without duplicates. */
    public static Set<String> of(Patient patient) {
        Set<String> tokens = new LinkedHashSet<>();
        addNameTokens(tokens, patient.birthName());
        addNameTokens(tokens, patient.usedName());
        for (String firstName : patient.firstNames()) {
            addNameTokens(tokens, firstName);
        }
        if (patient.birthDate() != null) {
            tokens.add(dateToken(patient.birthDate()));
        }
        if (patient.matricule() != null && MATRICULE.matcher(patient.matricule()).matches()) {
            String matricule = patient.matricule().toLowerCase(Locale.ROOT);
            tokens.add(MATRICULE_PREFIX + matricule.substring(0, 13));
            tokens.add(MATRICULE_PREFIX + matricule);
        }
        return tokens;
    }

    /**
     * The name tokens of free-text names, without duplicates, as {@link #of(Patient)} makes them for a patient's
     * names: for other registries that search with the same rules (the vet practice's owners and animals).
     */
    public static Set<String> ofNames(String... names) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : names) {
            addNameTokens(tokens, name);
        }
        return tokens;
    }

    /** The tokens of a birth-date: what {@code lookalikes} looks up. */
    public static String dateToken(BirthDate date) {
        return DATE_PREFIX + date.toIso().replace("-", "");
    }

    /**
     * The tokens a query asks for, most selective first: exact tokens (dates, matricules), then longer prefixes.
     * Words that normalise to nothing (only symbols) are dropped.
     */
    public static List<QueryToken> ofQuery(String query) {
        Set<QueryToken> tokens = new LinkedHashSet<>();
        if (query == null) {
            return List.of();
        }
        for (String word : query.strip().split("\\s+")) {
            Optional<BirthDate> date = BirthDate.parseFrench(word).or(() -> BirthDate.parseIso(word));
            if (date.isPresent()) {
                tokens.add(new QueryToken(dateToken(date.get()), true));
            } else if (MATRICULE.matcher(word).matches()) {
                tokens.add(new QueryToken(MATRICULE_PREFIX + word.toLowerCase(Locale.ROOT), true));
            } else {
                String joined = JOINERS.matcher(normalise(word)).replaceAll("");
                for (String part : NOT_TOKEN.split(joined)) {
                    if (!part.isEmpty()) {
                        tokens.add(new QueryToken(cut(part), false));
                    }
                }
            }
        }
        List<QueryToken> sorted = new ArrayList<>(tokens);
        sorted.sort(Comparator.comparing(QueryToken::exact).reversed()
                .thenComparing(Comparator.comparingInt((QueryToken token) -> token.value().length()).reversed()));
        return List.copyOf(sorted);
    }

    /**
     * The smallest string greater than every string starting with {@code prefix}, in the {@code [0-9a-z]} order.
     * A trailing {@code z} carries to the previous character; an all-{@code z} prefix gets a bound above every
     * token the column can hold.
     */
    static String successor(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (bound.length() > 0) {
            char last = bound.charAt(bound.length() - 1);
            if (last == 'z') {
                bound.setLength(bound.length() - 1);
            } else {
                bound.setCharAt(bound.length() - 1, last == '9' ? 'a' : (char) (last + 1));
                return bound.toString();
            }
        }
        return "z".repeat(MAX_TOKEN_LENGTH + 1);
    }

    private static void addNameTokens(Set<String> tokens, String name) {
        if (name == null) {
            return;
        }
        for (String word : NOT_TOKEN_EXCEPT_JOINERS.split(normalise(name))) {
            List<String> parts = new ArrayList<>();
            for (String part : NOT_TOKEN.split(word)) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            parts.forEach(part -> tokens.add(cut(part)));
            // Joined from each part to the end: "Quéméner-D'Aulnay" → quemenerdaulnay and daulnay, so typing
            // "d'aulnay" (→ "daulnay") finds the second half of a compound name too.
            for (int from = 0; from < parts.size() - 1; from++) {
                tokens.add(cut(String.join("", parts.subList(from, parts.size()))));
            }
        }
    }

    /** Splits words on anything but token characters and joiners: joiners stay inside a word to be joined. */
    private static final Pattern NOT_TOKEN_EXCEPT_JOINERS =
            Pattern.compile("[^a-z0-9\\-\u2010\u2011\u2012\u2013\u2014'\u2019\u02BC\u0060\u00B4]+");

    private static String cut(String token) {
        return token.length() > MAX_TOKEN_LENGTH ? token.substring(0, MAX_TOKEN_LENGTH) : token;
    }

    /** A name reduced to its token characters, for similarity measures. */
    public static String compact(String name) {
        return NOT_TOKEN.matcher(normalise(name)).replaceAll("");
    }
}
