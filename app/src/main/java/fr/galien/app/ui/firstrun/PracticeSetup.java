package fr.galien.app.ui.firstrun;

import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;

/**
 * First-run creation of the practice, implemented by the composition root. Both methods are slow (database,
 * seeding, sandbox start): the UI always calls them through the task executor, never on the FX thread.
 */
public interface PracticeSetup {

    /**
     * Creates and stores the practice of this data directory.
     *
     * @throws fr.galien.core.error.ValidationException with a {@code name} field error when the name is refused
     */
    Practice create(String name, PracticeProfile profile);

    /**
     * Creates a demo practice of {@code profile} (invented patients, or invented clients and animals for a vet
     * clinic) and starts the in-process sandbox; afterwards {@code UiContext.sandboxMode()} is true.
     */
    Practice createDemo(PracticeProfile profile);

    /** The demo pharmacy (at least 200 invented patients): the one-click demo of the first-run screen. */
    default Practice createDemo() {
        return createDemo(PracticeProfile.OFFICINE);
    }
}
