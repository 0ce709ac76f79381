package fr.galien.core.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An animal patient of a vet practice.
 *
 * @param identificationNumber transponder (15 digits) or tattoo, as registered with I-CAD; may be null
 */
public record Animal(UUID id, UUID ownerId, String name, String species, String breed, AnimalSex sex,
                     LocalDate birthDate, String identificationNumber, boolean archived, long version) {
}
