package fr.galien.core.account;

import fr.galien.core.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be (docs/accounts.md), following NIST SP 800-63B / ANSSI rather than composition rules:
 * long (at least {@value #MIN_LENGTH} characters — a sentence is fine), at most {@value #MAX_LENGTH} (PBKDF2 cost is
 * bounded), not containing the login, not one repeated character nor an obvious run ({@code 123456789012},
 * {@code azertyuiopqs}). Any character is allowed, spaces and accents included. Errors are French field errors on
 * {@code password}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String FIELD = "password";
    /** Keyboards read row after row (AZERTY, QWERTY), the digits and the alphabet. */
    private static final List<String> KEYBOARD_RUNS = List.of("azertyuiopqsdfghjklmwxcvbn",
            "qwertyuiopasdfghjklzxcvbnm", "0123456789", "abcdefghijklmnopqrstuvwxyz");

    private PasswordPolicy() {
    }

    /** Empty when {@code password} is acceptable for the account {@code login}. */
    public static List<FieldError> check(char[] password, String login) {
        List<FieldError> errors = new ArrayList<>();
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            errors.add(FieldError.of(FIELD, AccountMessage.PASSWORD_TOO_SHORT, MIN_LENGTH));
            return errors;
        }
        if (length > MAX_LENGTH) {
            errors.add(FieldError.of(FIELD, AccountMessage.PASSWORD_TOO_LONG, MAX_LENGTH));
            return errors;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (login != null && login.length() >= 3 && lower.contains(login.toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of(FIELD, AccountMessage.PASSWORD_CONTAINS_LOGIN));
        }
        if (lower.codePoints().distinct().count() <= 2 || isRun(lower)) {
            errors.add(FieldError.of(FIELD, AccountMessage.PASSWORD_TOO_SIMPLE));
        }
        return errors;
    }

    /** A password that is only a piece of a keyboard row or of the digits/alphabet, forwards or backwards. */
    private static boolean isRun(String lower) {
        String reversed = new StringBuilder(lower).reverse().toString();
        for (String run : KEYBOARD_RUNS) {
            String twice = run + run;
            if (twice.contains(lower) || twice.contains(reversed)) {
                return true;
            }
        }
        return false;
    }
}
