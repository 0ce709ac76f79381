package fr.galien.sandbox.insi;

import java.util.Locale;

/**
 * The NIR/NIA control key (specs §2.2): 97 − (N mod 97), where N is the 13 characters read as a number after the
 * Corsican departments 2A and 2B (positions 6–7) become 19 and 18. Used to invent matricules whose key verifies.
 */
public final class Matricules {

    private Matricules() {
    }

    /** The key of a 13-character matricule, on 2 digits. */
    public static String key(String matricule13) {
        if (matricule13 == null || matricule13.length() != 13) {
            throw new IllegalArgumentException("a matricule has 13 characters");
        }
        String department = matricule13.substring(5, 7).toUpperCase(Locale.ROOT);
        String numeric = switch (department) {
            case "2A" -> matricule13.substring(0, 5) + "19" + matricule13.substring(7);
            case "2B" -> matricule13.substring(0, 5) + "18" + matricule13.substring(7);
            default -> matricule13;
        };
        long number = Long.parseLong(numeric);
        return String.format(Locale.ROOT, "%02d", 97 - number % 97);
    }

    /** 13 characters plus their computed key. */
    public static String withKey(String matricule13) {
        return matricule13 + key(matricule13);
    }
}
