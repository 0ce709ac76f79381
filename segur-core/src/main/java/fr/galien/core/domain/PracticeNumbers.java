package fr.galien.core.domain;

/** Checks of the numbers a practice is registered under: FINESS (9 digits) and SIRET (14 digits), both Luhn-keyed. */
public final class PracticeNumbers {

    private PracticeNumbers() {
    }

    /** 9 digits whose last one is the Luhn key of the first eight. */
    public static boolean validFiness(String finess) {
        return finess != null && finess.length() == 9 && digits(finess) && luhn(finess);
    }

    /** 14 digits passing the Luhn check (SIREN then NIC). */
    public static boolean validSiret(String siret) {
        return siret != null && siret.length() == 14 && digits(siret) && luhn(siret);
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Luhn: from the right, every second digit doubled (minus 9 above 9); the sum is a multiple of 10. */
    static boolean luhn(String number) {
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
