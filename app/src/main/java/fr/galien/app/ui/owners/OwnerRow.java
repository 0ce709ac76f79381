package fr.galien.app.ui.owners;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.vet.OwnerFile;
import java.util.stream.Collectors;

/** One line of the clients table, formatted for display; the animals column reads "Rex (Chien), Minou (Chat)". */
public record OwnerRow(OwnerFile file, String lastName, String firstName, String animals, String city, String phone) {

    public static OwnerRow of(OwnerFile file) {
        Owner owner = file.owner();
        return new OwnerRow(file, text(owner.lastName()), text(owner.firstName()),
                file.animals().stream().map(OwnerRow::animal).collect(Collectors.joining(", ")),
                text(owner.contact().city()), text(owner.contact().phone()));
    }

    /** "LEFÈVRE Hélène"-like one-liner for titles and confirmations (names as stored, no case change). */
    public static String summary(Owner owner) {
        return (text(owner.lastName()) + " " + text(owner.firstName())).strip();
    }

    private static String animal(Animal animal) {
        return animal.name() + " (" + Species.labelOf(animal.species()) + ")";
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
