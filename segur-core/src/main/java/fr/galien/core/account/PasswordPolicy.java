package fr.galien.core.account;

import fr.galien.core.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be (docs/accounts.md, ADR 0010): as long as its family's {@link PasswordRules} ask (15 for
 * administration accounts, 12 for users by default), at most {@value #MAX_LENGTH} (PBKDF2 cost is bounded), mixing
 * enough character classes (waived for a long passphrase when the rules allow), not containing the login, not one
 * repeated character nor an obvious run ({@code 123456789012}, {@code azertyuiopqs}). Any character is allowed,
 * spaces and accents included. Errors are French field errors on {@code password}.
 */
public final class PasswordPolicy {

    /** The shortest password any family may have (users); administration accounts need 15. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String FIELD = "password";
    /** Keyboards read row after row (AZERTY, QWERTY), the digits and the alphabet. */
    private static final List<String> KEYBOARD_RUNS = List.of("azertyuiopqsdfghjklmwxcvbn",
            "qwertyuiopasdfghjklzxcvbnm", "0123456789", "abcdefghijklmnopqrstuvwxyz");

    private PasswordPolicy() {
    }

    /** Empty when {@code password} is acceptable for a user account {@code login} under the default rules. */
    public static List<FieldError> check(char[] password, String login) {
        return check(password, login, AccountPolicy.DEFAULT.users());
    }

    /** Empty when {@code password} is acceptable for the account {@code login} under {@code rules}. */
    public static List<FieldError> check(char[] password, String login, PasswordRules rules) {
        List<FieldError> errors = new ArrayList<>();
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < rules.minLength()) {
            errors.add(FieldError.of(FIELD, AccountMessage.PASSWORD_TOO_SHORT, rules.minLength()));
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
        boolean passphrase = rules.passphraseLength() > 0 && length >= rules.passphraseLength();
        if (!passphrase && characterClasses(text) < rules.minCharacterClasses()) {
            errors.add(rules.passphraseLength() > 0
                    ? FieldError.of(FIELD, AccountMessage.PASSWORD_CLASSES_OR_PASSPHRASE, rules.minCharacterClasses(),
                            rules.passphraseLength())
                    : FieldError.of(FIELD, AccountMessage.PASSWORD_CLASSES, rules.minCharacterClasses()));
        }
        return errors;
    }

    /** How many of lower case, upper case, digits and other characters (spaces, punctuation, symbols) it mixes. */
    static int characterClasses(String text) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isLetter(c)) {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
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
