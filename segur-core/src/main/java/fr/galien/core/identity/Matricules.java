package fr.galien.core.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The INS matricule (NIR or NIA): 13 characters and a two-digit key, 15 in all (specs §2.2, decisions.md).
 *
 * <p>Layout, 1-based positions: 1 sex (1 man, 2 woman), 2–3 year, 4–5 month (01–12, or the pseudo-months 20–42 and
 * 50–99 used when the month is unknown), 6–7 department (01–95, {@code 2A}/{@code 2B} for Corsica, {@code 99} for
 * people born abroad), 8–10 commune (for {@code 99}: the INSEE country code; for the overseas departments
 * {@code 97x}/{@code 98x} positions 6–8 are the department and 9–10 the commune), 11–13 order, 14–15 key.
 * Key = 97 − (N mod 97) where N is the 13 characters read as a number after {@code 2A}→19, {@code 2B}→18 (only at
 * positions 6–7). A single changed digit always changes N mod 97 (97 is prime and larger than any digit step), so
 * the key catches every typing slip of one digit.
 *
 * <p>Decisions where the public sources stop (specs §2.2 marks the list of other first digits [UNVERIFIED]):
 * <ul>
 *   <li>the NIA (the number the CNAV gives to someone without a NIR) has the NIR's layout, so the same rules apply;</li>
 *   <li>a first digit 7 or 8 is a provisional number of the Assurance Maladie (a person being registered): it is not
 *       an INS matricule and INSi never returns one — refused with its own reason ({@code INS-0006});</li>
 *   <li>any other first digit (0, 3–6, 9) is refused as not a sex digit ({@code INS-0005});</li>
 *   <li>department {@code 20} (Corsica before 1976) is accepted like any of 01–95; {@code 00} and {@code 96} are
 *       refused; the third digit of {@code 97x}/{@code 98x} is not checked against a list;</li>
 *   <li>a commune, country or order number {@code 000} is refused: the numbering starts at 001.</li>
 * </ul>
 *
 * <p>A matricule returned by INSi is never rejected on its key: one official CNDA test identity (HERMANN GATIEN,
 * specs §2.4) has a key that does not verify. Use {@link #keyVerifies} to flag it and {@link #hasInsStructure} to
 * refuse only what cannot be stored.
 */
public final class Matricules {

    public static final int LENGTH = 15;

    /** Digits, with 2A or 2B allowed at positions 6–7 only. */
    private static final Pattern STRUCTURE = Pattern.compile("\\d{5}(?:\\d{2}|2[AB])\\d{8}");
    private static final Pattern TYPING_SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private Matricules() {
    }

    /**
     * Checks a matricule a user typed (spaces allowed between groups, {@code 2a} accepted as {@code 2A}) and gives the
     * first rule it breaks, in the order a person reads the number: length, characters, sex, month, department,
     * commune, order, key.
     */
    public static MatriculeCheck check(String typed) {
        if (typed == null || TYPING_SPACES.matcher(typed).replaceAll("").isEmpty()) {
            return MatriculeCheck.invalid("", InsError.INS_0001);
        }
        String m = TYPING_SPACES.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        int badCharacter = firstBadCharacter(m);
        if (m.length() == LENGTH - 2 && badCharacter < 0) {
            return MatriculeCheck.invalid(m, InsError.INS_0003);
        }
        if (m.length() != LENGTH) {
            return MatriculeCheck.invalid(m, InsError.INS_0002, m.length());
        }
        if (badCharacter >= 0) {
            return MatriculeCheck.invalid(m, InsError.INS_0004, badCharacter + 1);
        }
        char sex = m.charAt(0);
        if (sex == '7' || sex == '8') {
            return MatriculeCheck.invalid(m, InsError.INS_0006);
        }
        if (sex != '1' && sex != '2') {
            return MatriculeCheck.invalid(m, InsError.INS_0005, String.valueOf(sex));
        }
        String month = m.substring(3, 5);
        if (!isMonth(Integer.parseInt(month))) {
            return MatriculeCheck.invalid(m, InsError.INS_0007, month);
        }
        String department = m.substring(5, 7);
        if (!isDepartment(department)) {
            return MatriculeCheck.invalid(m, InsError.INS_0008, department);
        }
        if (!placeNumbered(m, department)) {
            return MatriculeCheck.invalid(m, InsError.INS_0009);
        }
        if (m.startsWith("000", 10)) {
            return MatriculeCheck.invalid(m, InsError.INS_0010);
        }
        int expected = key(m.substring(0, 13));
        if (Integer.parseInt(m.substring(13)) != expected) {
            return MatriculeCheck.invalid(m, InsError.INS_0011, twoDigits(expected));
        }
        return MatriculeCheck.valid(m);
    }

    /** True for 15 characters of digits with {@code 2A}/{@code 2B} only at positions 6–7: what may be stored. */
    public static boolean hasInsStructure(String matricule) {
        return matricule != null && STRUCTURE.matcher(matricule).matches();
    }

    /**
     * True when the last two digits are the key of the first 13. For a matricule INSi returned: false means flag
     * it and let the user decide, never reject it (specs §2.4). False also for anything without the INS structure.
     */
    public static boolean keyVerifies(String matricule) {
        return hasInsStructure(matricule) && Integer.parseInt(matricule.substring(13)) == key(matricule.substring(0, 13));
    }

    /** The key of a 13-character matricule (2A/2B at positions 6–7 count as 19/18). */
    public static int key(String first13) {
        if (first13 == null || first13.length() != LENGTH - 2 || !hasInsStructure(first13 + "00")) {
            throw new IllegalArgumentException("not the 13 characters of a matricule");
        }
        String department = first13.substring(5, 7);
        String digits = switch (department) {
            case "2A" -> first13.substring(0, 5) + "19" + first13.substring(7);
            case "2B" -> first13.substring(0, 5) + "18" + first13.substring(7);
            default -> first13;
        };
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /** The 15 characters: {@code first13} followed by its key. */
    public static String withKey(String first13) {
        return first13 + twoDigits(key(first13));
    }

    private static int firstBadCharacter(String m) {
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            boolean corsica = (i == 5 && c == '2' && m.length() > 6 && (m.charAt(6) == 'A' || m.charAt(6) == 'B'))
                    || (i == 6 && (c == 'A' || c == 'B') && m.charAt(5) == '2');
            if (!corsica && (c < '0' || c > '9')) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMonth(int month) {
        return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
    }

    private static boolean isDepartment(String department) {
        if (department.equals("2A") || department.equals("2B")) {
            return true;
        }
        int number = Integer.parseInt(department);
        return (number >= 1 && number <= 95) || number == 97 || number == 98 || number == 99;
    }

    /** Commune (or country) numbering starts at 1: overseas departments keep two digits for the commune. */
    private static boolean placeNumbered(String m, String department) {
        if (department.equals("97") || department.equals("98")) {
            return !m.startsWith("00", 8);
        }
        return !m.startsWith("000", 7);
    }

    private static String twoDigits(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }
}
