package fr.galien.core.scan;

import fr.galien.core.i18n.Messages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GS1 element strings as a medicine box's DataMatrix carries them (GS1 General Specifications §3 and §7.8): the
 * application identifiers a pharmacy meets — 01 GTIN, 17 expiry, 10 lot, 21 serial, a few more — fixed-length fields
 * followed directly by the next AI, variable-length ones ended by GS (FNC1, ASCII 29) or by the end of the text.
 *
 * <p>Keyboard-wedge scanners often drop the GS. Without it a variable field would swallow what follows, so when the
 * text holds no GS at all, a variable field ends at the first place where the rest reads completely as AIs of the
 * box set (01, 11, 15, 17, 10, 21) not seen yet; {@link Parsed#guessed()} then says the split was guessed.
 *
 * <p>Never throws anything but {@link Malformed} (property-tested).
 */
final class Gs1 {

    static final char GS = '\u001D';
    /** Longest text read: a box DataMatrix is well under 100 characters. */
    static final int MAX_LENGTH = 512;

    private enum Kind { NUMERIC, DATE, TEXT }

    private record Ai(String code, String label, Kind kind, int length, boolean fixed) {
    }

    private static final Map<String, Ai> AIS = new LinkedHashMap<>();
    private static final List<String> GUESSABLE = List.of("01", "11", "15", "17", "10", "21");

    static {
        add("01", "01, code produit GTIN", Kind.NUMERIC, 14, true);
        add("02", "02, GTIN du contenu", Kind.NUMERIC, 14, true);
        add("10", "10, numéro de lot", Kind.TEXT, 20, false);
        add("11", "11, date de fabrication", Kind.DATE, 6, true);
        add("13", "13, date de conditionnement", Kind.DATE, 6, true);
        add("15", "15, date limite d'utilisation optimale", Kind.DATE, 6, true);
        add("16", "16, date de fin de vente", Kind.DATE, 6, true);
        add("17", "17, date de péremption", Kind.DATE, 6, true);
        add("21", "21, numéro de série", Kind.TEXT, 20, false);
        add("22", "22, variante", Kind.TEXT, 20, false);
        add("30", "30, quantité", Kind.NUMERIC, 8, false);
        add("240", "240, identification complémentaire", Kind.TEXT, 30, false);
        add("241", "241, référence client", Kind.TEXT, 30, false);
        for (int i = 710; i <= 715; i++) {
            add(Integer.toString(i), i + ", numéro national de remboursement", Kind.TEXT, 20, false);
        }
        for (int i = 91; i <= 99; i++) {
            add(Integer.toString(i), i + ", information interne", Kind.TEXT, 90, false);
        }
    }

    private static void add(String code, String label, Kind kind, int length, boolean fixed) {
        AIS.put(code, new Ai(code, label, kind, length, fixed));
    }

    private Gs1() {
    }

    /** A refusal with its French reason. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(ScanMessage reason, Object... args) {
            super(Messages.format(reason, args), null, false, false);
        }
    }

    /** The elements read, in order, and whether a missing GS had to be guessed. */
    record Parsed(Map<String, String> elements, boolean guessed) {
    }

    /**
     * Parses an element string (symbology prefix and leading FNC1 already removed).
     *
     * @throws Malformed the reason, in French
     */
    static Parsed parse(String text) throws Malformed {
        boolean hasGs = text.indexOf(GS) >= 0;
        Map<String, String> elements = new LinkedHashMap<>();
        Malformed[] firstError = new Malformed[1];
        boolean[] guessed = new boolean[1];
        if (!parseFrom(text, 0, elements, hasGs, guessed, firstError, 0)) {
            throw firstError[0] != null ? firstError[0] : new Malformed(ScanMessage.GS1_AI_UNKNOWN, "?", 1);
        }
        return new Parsed(elements, guessed[0]);
    }

    /** Backtracking only where a GS is missing; depth bounded by the number of AIs (each at most once). */
    private static boolean parseFrom(String text, int at, Map<String, String> elements, boolean hasGs,
                                     boolean[] guessed, Malformed[] error, int depth) {
        while (at < text.length() && text.charAt(at) == GS) {
            at++;
        }
        if (at >= text.length()) {
            return true;
        }
        Ai ai = ai(text, at);
        if (ai == null) {
            remember(error, new Malformed(ScanMessage.GS1_AI_UNKNOWN,
                    text.substring(at, Math.min(at + 2, text.length())), at + 1));
            return false;
        }
        if (elements.containsKey(ai.code())) {
            remember(error, new Malformed(ScanMessage.GS1_AI_REPEATED, ai.label()));
            return false;
        }
        int start = at + ai.code().length();
        if (ai.fixed()) {
            int end = start + ai.length();
            if (end > text.length() || text.substring(start, end).indexOf(GS) >= 0) {
                remember(error, new Malformed(ScanMessage.GS1_FIELD_SHORT, ai.label(), ai.length()));
                return false;
            }
            String value = text.substring(start, end);
            Malformed invalid = check(ai, value);
            if (invalid != null) {
                remember(error, invalid);
                return false;
            }
            elements.put(ai.code(), value);
            if (parseFrom(text, end, elements, hasGs, guessed, error, depth + 1)) {
                return true;
            }
            elements.remove(ai.code());
            return false;
        }
        int gs = text.indexOf(GS, start);
        int end = gs < 0 ? text.length() : gs;
        if (!hasGs && depth < GUESSABLE.size() + 2) {
            // No separator anywhere: try the earliest cut after which the rest reads completely.
            for (int cut = start + 1; cut < end && cut - start <= ai.length(); cut++) {
                String next = text.startsWith("0", cut) || text.startsWith("1", cut) || text.startsWith("2", cut)
                        ? text.substring(cut, Math.min(cut + 2, text.length())) : "";
                if (!GUESSABLE.contains(next) || elements.containsKey(next) || next.equals(ai.code())) {
                    continue;
                }
                String value = text.substring(start, cut);
                if (check(ai, value) != null) {
                    continue;
                }
                Map<String, String> attempt = new LinkedHashMap<>(elements);
                attempt.put(ai.code(), value);
                if (parseFrom(text, cut, attempt, false, guessed, new Malformed[1], depth + 1)) {
                    elements.clear();
                    elements.putAll(attempt);
                    guessed[0] = true;
                    return true;
                }
            }
        }
        String value = text.substring(start, end);
        if (value.length() > ai.length()) {
            remember(error, new Malformed(ScanMessage.GS1_FIELD_TOO_LONG, ai.label(), ai.length()));
            return false;
        }
        Malformed invalid = check(ai, value);
        if (invalid != null) {
            remember(error, invalid);
            return false;
        }
        elements.put(ai.code(), value);
        if (parseFrom(text, end, elements, hasGs, guessed, error, depth + 1)) {
            return true;
        }
        elements.remove(ai.code());
        return false;
    }

    private static void remember(Malformed[] error, Malformed found) {
        if (error[0] == null) {
            error[0] = found;
        }
    }

    private static Ai ai(String text, int at) {
        if (at + 2 <= text.length()) {
            Ai two = AIS.get(text.substring(at, at + 2));
            if (two != null) {
                return two;
            }
        }
        if (at + 3 <= text.length()) {
            return AIS.get(text.substring(at, at + 3));
        }
        return null;
    }

    private static Malformed check(Ai ai, String value) {
        if (value.isEmpty()) {
            return new Malformed(ScanMessage.GS1_FIELD_EMPTY, ai.label());
        }
        switch (ai.kind()) {
            case NUMERIC -> {
                if (!allDigits(value)) {
                    return new Malformed(ScanMessage.GS1_FIELD_NOT_NUMERIC, ai.label());
                }
                if (ai.code().equals("01") || ai.code().equals("02")) {
                    if (!checkDigitValid(value)) {
                        return new Malformed(ScanMessage.GS1_GTIN_CHECK, value);
                    }
                }
            }
            case DATE -> {
                if (!allDigits(value) || date(value).isEmpty()) {
                    return new Malformed(ScanMessage.GS1_DATE_INVALID, ai.label(), value);
                }
            }
            case TEXT -> {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    // GS1 AI encodable character set 82 (printable ASCII but space and a few symbols).
                    if (c < '!' || c > 'z' || c == '#' || c == '$' || c == '@' || c == '[' || c == '\\'
                            || c == ']' || c == '^' || c == '`') {
                        return new Malformed(ScanMessage.GS1_FIELD_CHARACTER, ai.label());
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return null;
    }

    static boolean allDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** GS1 mod-10 check digit over all digits of a GTIN-8/12/13/14 (the last one is the check digit). */
    static boolean checkDigitValid(String digits) {
        return allDigits(digits) && digits.length() >= 2
                && checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** The check digit for {@code body} (weights 3, 1, 3… from the right). */
    static int checkDigit(String body) {
        int sum = 0;
        boolean three = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = body.charAt(i) - '0';
            sum += three ? digit * 3 : digit;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** YYMMDD (20YY); DD 00 is the month's last day (GS1 §3.4). */
    static Optional<LocalDate> date(String yymmdd) {
        if (yymmdd.length() != 6 || !allDigits(yymmdd)) {
            return Optional.empty();
        }
        int year = 2000 + Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day == 0) {
            return Optional.of(yearMonth.atEndOfMonth());
        }
        return day <= yearMonth.lengthOfMonth() ? Optional.of(yearMonth.atDay(day)) : Optional.empty();
    }
}
