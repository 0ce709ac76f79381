package fr.galien.app.ui.session;

import fr.galien.core.security.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is working at this workstation now, as the screens show it. The {@link #caller()} is what every core call
 * receives (the PSC professional or the local account, never the OS user once logged in).
 *
 * @param kind        how they logged in: decides how the lock screen unlocks (CIBA again, or the password)
 * @param nationalId  the PSC national id (8 + RPPS), empty for a local account
 * @param profession  "Pharmacien", "Préparateur"…; may be empty
 * @param structure   the exercise's structure ("Pharmacie des Essais"), empty for a local account
 * @param login       the local account's login (to unlock with the password), empty for PSC
 */
public record UserSession(Caller caller, Kind kind, Optional<String> nationalId, String profession,
                          Optional<String> structure, Optional<String> login) {

    public enum Kind { PSC, LOCAL }

    public UserSession {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(kind, "kind");
        nationalId = nationalId == null ? Optional.empty() : nationalId;
        profession = profession == null ? "" : profession;
        structure = structure == null ? Optional.empty() : structure;
        login = login == null ? Optional.empty() : login;
    }

    public static UserSession psc(Caller caller, String nationalId, String profession, String structure) {
        return new UserSession(caller, Kind.PSC, Optional.of(nationalId), profession,
                Optional.ofNullable(structure).filter(text -> !text.isBlank()), Optional.empty());
    }

    public static UserSession local(Caller caller, String login, String profession) {
        return new UserSession(caller, Kind.LOCAL, Optional.empty(), profession, Optional.empty(),
                Optional.of(login));
    }

    /** Stable key of the person: their kept work is found again under it. */
    public String userId() {
        return caller.userId();
    }

    public String displayName() {
        return caller.displayName() == null || caller.displayName().isBlank() ? caller.userId()
                : caller.displayName();
    }

    /** True when {@code other} is the same person (same user id), whatever the session details. */
    public boolean samePerson(UserSession other) {
        return other != null && userId().equals(other.userId());
    }
}
