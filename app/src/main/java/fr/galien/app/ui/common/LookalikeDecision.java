package fr.galien.app.ui.common;

import fr.galien.core.domain.Patient;
import java.util.Objects;
import java.util.Optional;

/** What the user chose when a new patient looks like existing ones. */
public record LookalikeDecision(Choice choice, Patient existing) {

    public enum Choice { OPEN_EXISTING, CREATE_ANYWAY, CANCEL }

    public LookalikeDecision {
        Objects.requireNonNull(choice, "choice");
        if (choice == Choice.OPEN_EXISTING) {
            Objects.requireNonNull(existing, "existing");
        }
    }

    public static LookalikeDecision openExisting(Patient existing) {
        return new LookalikeDecision(Choice.OPEN_EXISTING, existing);
    }

    public static LookalikeDecision createAnyway() {
        return new LookalikeDecision(Choice.CREATE_ANYWAY, null);
    }

    public static LookalikeDecision cancel() {
        return new LookalikeDecision(Choice.CANCEL, null);
    }

    public Optional<Patient> existingPatient() {
        return Optional.ofNullable(existing);
    }
}
