package fr.galien.core.security;

import fr.galien.core.domain.PracticeProfile;
import java.util.Objects;

/**
 * Who is calling a core service, from where. Every core service takes one so the audit trail and, later, the
 * permission checks have it. Until Pro Santé Connect lands, the app and the CLI act as the operating-system user
 * of the workstation (decisions.md, "CLI principal"), audited as such.
 *
 * @param userId        stable id of the user (local account id, PSC national id, or {@code os:<login>})
 * @param displayName   name for the status bar
 * @param workstationId the workstation the call comes from
 */
public record Caller(String userId, String displayName, Role role, String workstationId) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(workstationId, "workstationId");
    }

    /** The OS user of this workstation, with the main role of the practice's profile. */
    public static Caller osUser(PracticeProfile profile, String workstationId) {
        String login = System.getProperty("user.name", "inconnu");
        Role role = switch (profile) {
            case OFFICINE -> Role.PHARMACIEN_TITULAIRE;
            case CABINET_MEDICAL -> Role.MEDECIN;
            case CABINET_VETERINAIRE -> Role.VETERINAIRE;
        };
        return new Caller("os:" + login, login, role, workstationId);
    }
}
