package fr.galien.core.vet;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import java.util.List;
import java.util.Objects;

/** A client's file at a vet practice: the owner and their active animals, ordered by name. */
public record OwnerFile(Owner owner, List<Animal> animals) {

    public OwnerFile {
        Objects.requireNonNull(owner, "owner");
        animals = List.copyOf(animals);
    }
}
