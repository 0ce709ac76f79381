package fr.galien.core.patient.io;

import fr.galien.core.domain.Patient;
import java.util.List;

/**
 * Result of reading a patient CSV: the records that parsed, and one entry per problem of the records that did not.
 * Business validation (required birth name, date not in the future…) is the registry's job when it creates them;
 * {@link #lines()} lets its errors name the line of the file ({@code lines().get(i)} is where patient {@code i}
 * starts).
 */
public record CsvImport(List<Patient> patients, List<CsvLineError> errors, List<Integer> lines) {

    public CsvImport {
        patients = List.copyOf(patients);
        errors = List.copyOf(errors);
        lines = List.copyOf(lines);
        if (lines.size() != patients.size()) {
            throw new IllegalArgumentException("one line per patient");
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
