package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.core.domain.Animal;
import fr.galien.core.vet.OwnerFile;
import java.util.List;

/**
 * A vet practice's client as scripts see it (docs/cli.md): camelCase keys in this order, the active animals as a
 * JSON array, ISO birth dates, the animal's sex as its stable code ({@code MALE}, {@code FEMELLE_STERILISEE}…).
 */
@JsonPropertyOrder({"id", "lastName", "firstName", "animals"})
@JsonInclude(JsonInclude.Include.ALWAYS)
record OwnerJson(String id, String lastName, String firstName, List<AnimalJson> animals) {

    @JsonPropertyOrder({"id", "name", "species", "breed", "sex", "birthDate", "identificationNumber"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnimalJson(String id, String name, String species, String breed, String sex, String birthDate,
                      String identificationNumber) {

        static AnimalJson of(Animal animal) {
            return new AnimalJson(animal.id().toString(), animal.name(), animal.species(), animal.breed(),
                    animal.sex() == null ? null : animal.sex().name(),
                    animal.birthDate() == null ? null : animal.birthDate().toString(),
                    animal.identificationNumber());
        }
    }

    static OwnerJson of(OwnerFile file) {
        return new OwnerJson(file.owner().id().toString(), file.owner().lastName(), file.owner().firstName(),
                file.animals().stream().map(AnimalJson::of).toList());
    }

    static List<OwnerJson> of(List<OwnerFile> files) {
        return files.stream().map(OwnerJson::of).toList();
    }
}
