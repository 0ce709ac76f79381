package fr.galien.app.ui.fake;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.security.Caller;
import fr.galien.core.vet.AnimalValidator;
import fr.galien.core.vet.OwnerFile;
import fr.galien.core.vet.OwnerRegistry;
import fr.galien.core.vet.OwnerValidator;
import fr.galien.core.vet.VetError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An {@link OwnerRegistry} in memory for UI tests, with the real validators (so field errors are the real ones)
 * and optimistic locking on versions. Search: every query word must start a word of the owner's names or of an
 * active animal's name, or equal an identification number.
 */
public final class InMemoryOwnerRegistry implements OwnerRegistry {

    private final Map<UUID, Owner> owners = new LinkedHashMap<>();
    private final Map<UUID, Animal> animals = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();

    @Override
    public synchronized Owner createOwner(Caller caller, Owner draft) {
        calls.add("createOwner");
        requireValid(OwnerValidator.validate(draft));
        Owner saved = new Owner(draft.id() == null ? UUID.randomUUID() : draft.id(), draft.lastName(),
                draft.firstName(), draft.contact(), false, 1);
        owners.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized List<OwnerFile> createAll(Caller caller, List<OwnerFile> drafts) {
        List<OwnerFile> saved = new ArrayList<>();
        for (OwnerFile draft : drafts) {
            Owner owner = createOwner(caller, draft.owner());
            draft.animals().forEach(animal -> addAnimal(caller, owner.id(), animal));
            saved.add(file(owner));
        }
        return saved;
    }

    @Override
    public synchronized Owner updateOwner(Caller caller, Owner edited) {
        calls.add("updateOwner");
        requireValid(OwnerValidator.validate(edited));
        Owner current = owner(edited.id());
        if (current.version() != edited.version()) {
            throw new SegurException(CoreError.CORE_0006);
        }
        Owner saved = new Owner(edited.id(), edited.lastName(), edited.firstName(), edited.contact(),
                current.archived(), current.version() + 1);
        owners.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized OwnerFile openOwner(Caller caller, UUID ownerId) {
        calls.add("openOwner");
        return file(owner(ownerId));
    }

    @Override
    public synchronized Animal addAnimal(Caller caller, UUID ownerId, Animal draft) {
        calls.add("addAnimal");
        Owner owner = owner(ownerId);
        Animal animal = new Animal(draft.id() == null ? UUID.randomUUID() : draft.id(), ownerId, draft.name(),
                draft.species(), draft.breed(), draft.sex(), draft.birthDate(),
                AnimalValidator.normaliseIdentification(draft.identificationNumber()), false, 1);
        requireValid(AnimalValidator.validate(animal, LocalDate.now()));
        if (owner.archived()) {
            throw new SegurException(VetError.VET_0001);
        }
        animals.put(animal.id(), animal);
        return animal;
    }

    @Override
    public synchronized Animal updateAnimal(Caller caller, Animal edited) {
        calls.add("updateAnimal");
        Animal current = animal(edited.id());
        Animal saved = new Animal(current.id(), current.ownerId(), edited.name(), edited.species(), edited.breed(),
                edited.sex(), edited.birthDate(), AnimalValidator.normaliseIdentification(edited.identificationNumber()),
                current.archived(), current.version() + 1);
        requireValid(AnimalValidator.validate(saved, LocalDate.now()));
        if (current.version() != edited.version()) {
            throw new SegurException(CoreError.CORE_0006);
        }
        animals.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Animal archiveAnimal(Caller caller, UUID animalId, long expectedVersion) {
        calls.add("archiveAnimal");
        Animal current = animal(animalId);
        if (current.version() != expectedVersion) {
            throw new SegurException(CoreError.CORE_0006);
        }
        Animal archived = new Animal(current.id(), current.ownerId(), current.name(), current.species(),
                current.breed(), current.sex(), current.birthDate(), current.identificationNumber(), true,
                current.version() + 1);
        animals.put(animalId, archived);
        return archived;
    }

    @Override
    public synchronized Owner archiveOwner(Caller caller, UUID ownerId, long expectedVersion) {
        calls.add("archiveOwner");
        Owner current = owner(ownerId);
        if (current.version() != expectedVersion) {
            throw new SegurException(CoreError.CORE_0006);
        }
        Owner archived = new Owner(current.id(), current.lastName(), current.firstName(), current.contact(), true,
                current.version() + 1);
        owners.put(ownerId, archived);
        return archived;
    }

    @Override
    public synchronized List<OwnerFile> search(Caller caller, String query, int limit) {
        List<String> words = Arrays.stream(InMemoryPatientRegistry.normalize(query).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return owners.values().stream()
                .filter(owner -> !owner.archived())
                .map(this::file)
                .filter(file -> words.stream().allMatch(word -> matches(file, word)))
                .sorted(Comparator.comparing((OwnerFile file) -> InMemoryPatientRegistry.normalize(file.owner().lastName())))
                .limit(limit)
                .toList();
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized int ownerCount() {
        return owners.size();
    }

    private static boolean matches(OwnerFile file, String word) {
        boolean identified = file.animals().stream().anyMatch(animal -> animal.identificationNumber() != null
                && animal.identificationNumber().equalsIgnoreCase(word));
        return identified || Stream.concat(Stream.of(file.owner().lastName(), file.owner().firstName()),
                        file.animals().stream().map(Animal::name))
                .filter(name -> name != null)
                .flatMap(name -> Arrays.stream(InMemoryPatientRegistry.normalize(name).split("\\s+")))
                .anyMatch(nameWord -> nameWord.startsWith(word));
    }

    private OwnerFile file(Owner owner) {
        return new OwnerFile(owner, animals.values().stream()
                .filter(animal -> animal.ownerId().equals(owner.id()) && !animal.archived())
                .sorted(Comparator.comparing(Animal::name))
                .toList());
    }

    private Owner owner(UUID id) {
        Owner owner = owners.get(id);
        if (owner == null) {
            throw new SegurException(CoreError.CORE_0007, id);
        }
        return owner;
    }

    private Animal animal(UUID id) {
        Animal animal = animals.get(id);
        if (animal == null) {
            throw new SegurException(CoreError.CORE_0007, id);
        }
        return animal;
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
