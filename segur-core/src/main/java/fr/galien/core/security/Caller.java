package fr.galien.core.security;

import fr.galien.core.domain.PracticeProfile;
import java.util.Objects;

/**
 * Who is calling a core service, from where, and how they proved it. Every core service takes one: the audit trail
 * records it and {@link Authorization} checks the {@link Permissions} of its role (deny by default).
 *
 * @param userId         stable id of the user: {@code local:<account id>}, {@code psc:<national id>} or
 *                       {@code os:<login>}
 * @param displayName    name for the status bar
 * @param workstationId  the workstation the call comes from
 * @param authentication how the user proved who they are; only {@link AuthenticationMethod#PSC} may make national
 *                       calls
 */
public record Caller(String userId, String displayName, Role role, String workstationId,
                     AuthenticationMethod authentication) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(authentication, "authentication");
    }

    /**
     * A caller authenticated by the operating system (kept for code written before Pro Santé Connect): such a
     * caller can never make a national call.
     */
    public Caller(String userId, String displayName, Role role, String workstationId) {
        this(userId, displayName, role, workstationId, AuthenticationMethod.OS_USER);
    }

    /** The OS user of this workstation, with the main role of the practice's profile. */
    public static Caller osUser(PracticeProfile profile, String workstationId) {
        String login = System.getProperty("user.name", "inconnu");
        Role role = switch (profile) {
            case OFFICINE -> Role.PHARMACIEN_TITULAIRE;
            case CABINET_MEDICAL -> Role.MEDECIN;
            case CABINET_VETERINAIRE -> Role.VETERINAIRE;
        };
        return new Caller("os:" + login, login, role, workstationId, AuthenticationMethod.OS_USER);
    }

    /** A user logged in with a Galien local account and its password. */
    public static Caller localAccount(String accountId, String displayName, Role role, String workstationId) {
        return new Caller("local:" + accountId, displayName, role, workstationId, AuthenticationMethod.LOCAL_PASSWORD);
    }

    /** A professional authenticated by Pro Santé Connect ({@code nationalId}: {@code SubjectNameID}). */
    public static Caller pscProfessional(String nationalId, String displayName, Role role, String workstationId) {
        return new Caller("psc:" + nationalId, displayName, role, workstationId, AuthenticationMethod.PSC);
    }

    /**
     * Nobody: the caller of a failed login on an unknown identifier. The typed identifier is deliberately not kept
     * (users sometimes type their password in the login field).
     */
    public static Caller anonymous(String workstationId) {
        return new Caller("anonyme", "Non authentifié", Role.NON_AUTHENTIFIE, workstationId,
                AuthenticationMethod.NONE);
    }
}
