package fr.galien.app.ui.owners;

import fr.galien.core.domain.Animal;
import java.time.format.DateTimeFormatter;

/** One line of an owner's animals table, formatted for display (dates jj/mm/aaaa). */
public record AnimalRow(Animal animal, String name, String species, String breed, String sex, String birthDate,
                        String identification) {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static AnimalRow of(Animal animal) {
        return new AnimalRow(animal, OwnerRow.text(animal.name()), Species.labelOf(animal.species()),
                OwnerRow.text(animal.breed()), animal.sex() == null ? "" : animal.sex().label(),
                animal.birthDate() == null ? "" : FRENCH_DATE.format(animal.birthDate()),
                OwnerRow.text(animal.identificationNumber()));
    }
}
