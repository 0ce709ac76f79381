package fr.galien.core.account;

import fr.galien.core.security.Action;
import fr.galien.core.security.Permissions;
import fr.galien.core.security.Role;
import java.util.Optional;
import java.util.function.Function;

/**
 * The practice's account policy (ADR 0010, issue 14): password rules per family of accounts, how many recent
 * passwords may not be reused, and after how long an unused privileged account is disabled.
 *
 * <p>Two families: <b>administration</b> accounts — roles that manage accounts or the practice's settings (practice
 * holders and the administrateur technique, SSI/IAM.92) — and <b>users</b> (everyone else, SSI/IE.36). Settings of
 * the practice override the defaults, but never below the referential's floor for administration accounts
 * ({@value #ADMIN_MIN_LENGTH_FLOOR} characters, {@value #ADMIN_MIN_CLASSES_FLOOR} classes).
 *
 * @param historySize             a new password may not be one of the last N (the current one included), 0 = no check
 * @param privilegedInactivityDays an administration account without a login for this many days is disabled at its
 *                                next login attempt (SSI/IAM.93), 0 = never
 */
public record AccountPolicy(PasswordRules administration, PasswordRules users, int historySize,
                            int privilegedInactivityDays) {

    static final int ADMIN_MIN_LENGTH_FLOOR = 15;
    static final int ADMIN_MIN_CLASSES_FLOOR = 4;
    static final int USER_MIN_LENGTH_FLOOR = 12;
    /** Larger settings are ignored (a hundred years of days). */
    private static final int LARGEST_SETTING = 36_500;

    /** Setting keys (practice settings, {@code galien} window « Réglages » or SQL by the installer). */
    public static final String ADMIN_MIN_LENGTH = "security.password.admin.minLength";
    public static final String ADMIN_MIN_CLASSES = "security.password.admin.minClasses";
    public static final String ADMIN_MAX_AGE_DAYS = "security.password.admin.maxAgeDays";
    public static final String USER_MIN_LENGTH = "security.password.user.minLength";
    public static final String USER_MIN_CLASSES = "security.password.user.minClasses";
    public static final String USER_PASSPHRASE_LENGTH = "security.password.user.passphraseLength";
    public static final String USER_MAX_AGE_DAYS = "security.password.user.maxAgeDays";
    public static final String HISTORY_SIZE = "security.password.history";
    public static final String PRIVILEGED_INACTIVITY_DAYS = "security.account.privilegedInactivityDays";

    /**
     * Defaults: administration 15 characters mixing the four classes, no passphrase waiver; users 12 characters
     * mixing three classes, or a passphrase of 20 characters or more; no forced renewal (the referential asks that
     * it can be imposed, ANSSI and NIST advise against periodic changes by default); the last 5 passwords may not
     * be reused; privileged accounts unused for 365 days are disabled.
     */
    public static final AccountPolicy DEFAULT = new AccountPolicy(
            new PasswordRules(ADMIN_MIN_LENGTH_FLOOR, ADMIN_MIN_CLASSES_FLOOR, 0, 0),
            new PasswordRules(USER_MIN_LENGTH_FLOOR, 3, 20, 0), 5, 365);

    public AccountPolicy {
        if (historySize < 0 || privilegedInactivityDays < 0) {
            throw new IllegalArgumentException("negative historySize or privilegedInactivityDays");
        }
    }

    /**
     * Administration accounts: roles that manage accounts or settings, or copy the whole base (the backup technical
     * account) — SSI/IAM.92, SSI/IAM.93.
     */
    public static boolean isAdministration(Role role) {
        return Permissions.STANDARD.allows(role, Action.ACCOUNTS_MANAGE)
                || Permissions.STANDARD.allows(role, Action.SETTINGS_MANAGE)
                || Permissions.STANDARD.allows(role, Action.BACKUP_CREATE);
    }

    public PasswordRules rulesFor(Role role) {
        return isAdministration(role) ? administration : users;
    }

    /**
     * The policy from the practice's settings; a missing or unreadable value keeps its default, a value below the
     * floor is raised to it.
     */
    public static AccountPolicy fromSettings(Function<String, Optional<String>> settings) {
        PasswordRules admin = DEFAULT.administration;
        PasswordRules user = DEFAULT.users;
        PasswordRules administration = new PasswordRules(
                length(ADMIN_MIN_LENGTH_FLOOR, number(settings, ADMIN_MIN_LENGTH, admin.minLength())),
                Math.max(ADMIN_MIN_CLASSES_FLOOR, Math.min(4, number(settings, ADMIN_MIN_CLASSES,
                        admin.minCharacterClasses()))),
                0, number(settings, ADMIN_MAX_AGE_DAYS, admin.maxAgeDays()));
        PasswordRules users = new PasswordRules(
                length(USER_MIN_LENGTH_FLOOR, number(settings, USER_MIN_LENGTH, user.minLength())),
                Math.min(4, number(settings, USER_MIN_CLASSES, user.minCharacterClasses())),
                number(settings, USER_PASSPHRASE_LENGTH, user.passphraseLength()),
                number(settings, USER_MAX_AGE_DAYS, user.maxAgeDays()));
        return new AccountPolicy(administration, users, number(settings, HISTORY_SIZE, DEFAULT.historySize),
                number(settings, PRIVILEGED_INACTIVITY_DAYS, DEFAULT.privilegedInactivityDays));
    }

    private static int length(int floor, int configured) {
        return Math.min(PasswordPolicy.MAX_LENGTH, Math.max(floor, configured));
    }

    private static int number(Function<String, Optional<String>> settings, String key, int fallback) {
        Optional<String> value = settings.apply(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get().strip());
            return parsed < 0 || parsed > LARGEST_SETTING ? fallback : parsed;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
