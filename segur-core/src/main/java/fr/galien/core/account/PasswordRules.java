package fr.galien.core.account;

/**
 * What a password of one family of accounts must be (ADR 0010).
 *
 * @param minLength           minimum length in characters (code points)
 * @param minCharacterClasses how many of the four classes (lower case, upper case, digits, other characters —
 *                            spaces and punctuation) it must mix
 * @param passphraseLength    from this length the class rule is waived (a long passphrase), 0 = never waived
 * @param maxAgeDays          renewal: a password older than this is refused at login until changed, 0 = no renewal
 */
public record PasswordRules(int minLength, int minCharacterClasses, int passphraseLength, int maxAgeDays) {

    public PasswordRules {
        if (minLength < 1 || minLength > PasswordPolicy.MAX_LENGTH) {
            throw new IllegalArgumentException("minLength out of range: " + minLength);
        }
        if (minCharacterClasses < 0 || minCharacterClasses > 4) {
            throw new IllegalArgumentException("minCharacterClasses out of range: " + minCharacterClasses);
        }
        if (passphraseLength < 0 || maxAgeDays < 0) {
            throw new IllegalArgumentException("negative passphraseLength or maxAgeDays");
        }
    }
}
