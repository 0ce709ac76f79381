package fr.galien.core.account;

import fr.galien.core.error.FieldError;
import fr.galien.core.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is typed to create an account (the password travels apart, as a {@code char[]}).
 *
 * @param pscNationalId the professional's PSC identity to link now, or null
 */
public record NewAccount(String login, String displayName, Role role, String pscNationalId) {

    static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,64}");
    static final Pattern NATIONAL_ID = Pattern.compile("[0-9A-Za-z]{6,32}");
    static final int DISPLAY_NAME_MAX = 200;

    /** Logins are compared lower-case: "CLAIRE" and "claire" are one account. */
    public static String normaliseLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (!LOGIN.matcher(normaliseLogin(login)).matches()) {
            errors.add(FieldError.of("login", AccountMessage.LOGIN_INVALID));
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add(FieldError.of("displayName", AccountMessage.DISPLAY_NAME_REQUIRED));
        } else if (displayName.strip().length() > DISPLAY_NAME_MAX) {
            errors.add(FieldError.of("displayName", AccountMessage.DISPLAY_NAME_TOO_LONG, DISPLAY_NAME_MAX));
        }
        if (role == null || role == Role.NON_AUTHENTIFIE) {
            errors.add(FieldError.of("role", AccountMessage.ROLE_NOT_ASSIGNABLE));
        }
        if (pscNationalId != null && !NATIONAL_ID.matcher(pscNationalId.strip()).matches()) {
            errors.add(FieldError.of("pscNationalId", AccountMessage.NATIONAL_ID_INVALID));
        }
        return errors;
    }
}
