package fr.galien.sandbox.psc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * An invented health professional known to the simulator (never a real person).
 *
 * @param nationalId   SubjectNameID: "8" + an RPPS-like number; all test ids start with 8999 so they cannot be real
 * @param civility     codeCivilite (M, MME)
 * @param givenName    given_name
 * @param familyName   family_name
 * @param purpose      what the identity is for in tests and demos, in French
 * @param exercises    SubjectRefPro.exercices, at least one
 * @param ecpsBlocked  the e-CPS is blocked: every login is refused with access_denied
 * @param deniesOnPhone the professional presses « Refuser » in the e-CPS app: every login is refused
 */
public record TestProfessional(
        String nationalId,
        String civility,
        String givenName,
        String familyName,
        String purpose,
        List<Exercise> exercises,
        boolean ecpsBlocked,
        boolean deniesOnPhone) {

    public TestProfessional {
        exercises = List.copyOf(exercises);
        if (exercises.isEmpty()) {
            throw new IllegalArgumentException("a professional needs at least one exercise");
        }
    }

    /** PSC's subject: {@code f:<federation uuid>:<national id>} (specs §5.4), stable for a given id. */
    public String subject() {
        UUID federation = UUID.nameUUIDFromBytes(("psc-sim:" + nationalId).getBytes(StandardCharsets.UTF_8));
        return "f:" + federation + ":" + nationalId;
    }

    /** Whether a login by this professional is refused on the (simulated) phone. */
    public boolean refusesLogin() {
        return ecpsBlocked || deniesOnPhone;
    }
}
