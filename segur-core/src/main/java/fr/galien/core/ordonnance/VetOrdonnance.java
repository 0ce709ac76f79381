package fr.galien.core.ordonnance;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a vet ordonnance (CSP art. R5141-111): the vet and their Ordre number, the running number
 * of the ordonnance in the practice's register, the animal (name, species, breed, sex, age, identification) and the
 * owner, the lines with the withdrawal period where one applies. Paper only: no national e-prescription service
 * exists for animals.
 *
 * @param number the practice's running number, from {@link OrdonnanceRegister#nextVetNumber}
 */
public record VetOrdonnance(PracticeHeader practice, Prescriber vet, long number, Animal animal, Owner owner,
                            LocalDate date, String place, List<OrdonnanceLine> lines) {

    public VetOrdonnance {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(vet, "vet");
        Objects.requireNonNull(animal, "animal");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an ordonnance has at least one line");
        }
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive");
        }
    }

    /** « 2026-000042 »: the year of issue and the running number. */
    public String numberText() {
        return String.format("%d-%06d", date.getYear(), number);
    }
}
