package fr.galien.app.ui.fake;

import fr.galien.app.ui.firstrun.FirstAdministrator;
import fr.galien.core.account.AccountError;
import fr.galien.core.account.PasswordPolicy;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first administrator in memory, with the core's real password policy (so a weak password gives the same field
 * error as the app). The created login and password go into the fake session service, so a test can log in.
 */
public final class FakeFirstAdministrator implements FirstAdministrator {

    /** One account created. */
    public record Created(String login, String displayName, Role role) {
    }

    /** False by default: most screen tests create a practice and go straight on. */
    public boolean needed;
    public final List<Created> created = new ArrayList<>();
    /** Set by a test to simulate another workstation winning the race ({@code ACC-0004}). */
    public boolean createdElsewhere;
    private final Map<String, String> passwords;

    FakeFirstAdministrator(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    @Override
    public boolean needed() {
        return needed;
    }

    @Override
    public void create(String login, String displayName, Role role, char[] password) {
        if (createdElsewhere) {
            throw new SegurException(AccountError.ACC_0004);
        }
        List<FieldError> errors = PasswordPolicy.check(password, login);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        created.add(new Created(login, displayName, role));
        passwords.put(login, new String(password));
        needed = false;
    }
}
