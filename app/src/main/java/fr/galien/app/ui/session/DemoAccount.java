package fr.galien.app.ui.session;

import fr.galien.core.domain.PracticeProfile;
import java.util.EnumSet;
import java.util.Set;

/**
 * An invented test professional of the sandbox, offered on the login screen of the demo practice.
 *
 * @param nationalId what to type in "Identifiant national (RPPS)"
 * @param label      who it is, in French ("Pharmacien titulaire — Claire TITULAIRETEST")
 * @param practices  the kinds of practice one of their exercises may open (a pharmacist: an officine)
 */
public record DemoAccount(String nationalId, String label, Set<PracticeProfile> practices) {

    public DemoAccount {
        practices = practices.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(practices));
    }

    /** Offered whatever the practice (tests). */
    public DemoAccount(String nationalId, String label) {
        this(nationalId, label, EnumSet.allOf(PracticeProfile.class));
    }

    public boolean fits(PracticeProfile profile) {
        return practices.contains(profile);
    }
}
