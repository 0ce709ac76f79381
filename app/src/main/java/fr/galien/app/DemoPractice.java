package fr.galien.app;

import fr.galien.core.account.NewAccount;
import fr.galien.core.demo.DemoDuplicates;
import fr.galien.core.demo.DemoIdentities;
import fr.galien.core.demo.DemoPatients;
import fr.galien.core.demo.DemoVeterinary;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Role;
import fr.galien.core.vet.OwnerFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo practice: invented patients (never real people) in the user's data directory, used with the
 * in-process sandbox. Creating it twice is harmless; it never replaces a real practice.
 */
public final class DemoPractice {

    /** Fixed seed: every newcomer sees the same demo patients, so documentation and screenshots match. */
    static final long SEED = 2026L;
    static final int PATIENTS = 240;
    /** Households (owner + 1 to 4 animals) of the demo vet practice: about 150 animals. */
    static final int HOUSEHOLDS = 80;

    /**
     * The demo vet clinic's local account: vets do not use Pro Santé Connect, so the demo needs a password account.
     * Invented and shown on screen on purpose (sandbox data only, never a real practice).
     */
    public static final String VET_LOGIN = "veto.demo";
    public static final String VET_PASSWORD = "Demo-Veterinaire-2026";

    private DemoPractice() {
    }

    /** Creates the demo practice if the data directory has none; returns the practice in place. */
    public static Practice ensure(GalienRuntime runtime, PracticeProfile profile) {
        Optional<Practice> existing = runtime.practice();
        if (existing.isPresent()) {
            if (!existing.get().demo()) {
                throw new SegurException(AppError.APP_0008, existing.get().name());
            }
            return existing.get();
        }
        Practice practice = new Practice(nameFor(profile), profile, null, null, true);
        runtime.practices().save(practice);
        if (profile.treatsAnimals()) {
            List<OwnerFile> households = DemoVeterinary.generate(SEED, HOUSEHOLDS).stream()
                    .map(household -> new OwnerFile(household.owner(), household.animals()))
                    .toList();
            runtime.owners().createAll(runtime.caller(), households);
            if (!runtime.accounts().hasAccounts()) {
                runtime.accounts().createFirstAdministrator(runtime.caller(),
                        new NewAccount(VET_LOGIN, "Dr Lou Démo", Role.VETERINAIRE, null), VET_PASSWORD.toCharArray());
            }
        } else {
            List<Patient> patients = new ArrayList<>(DemoPatients.generate(SEED, PATIENTS));
            patients.addAll(DemoDuplicates.generate(SEED)); // so that « Doublons » has work at first start
            runtime.patients().createAll(runtime.caller(), patients);
            // The INS cast: identities the INSi and ApCV simulators know, at every RNIV status and attribute,
            // walked there through IdentityService so their history and audit rows are real (issue 4 §10).
            DemoIdentities.seed(runtime.caller(), runtime.patients(), runtime.identities(), runtime.clock());
        }
        return practice;
    }

    private static String nameFor(PracticeProfile profile) {
        return switch (profile) {
            case OFFICINE -> "Pharmacie de démonstration des Tilleuls";
            case CABINET_MEDICAL -> "Cabinet médical de démonstration";
            case CABINET_VETERINAIRE -> "Clinique vétérinaire de démonstration";
        };
    }
}
