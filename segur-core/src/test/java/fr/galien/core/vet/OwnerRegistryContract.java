package fr.galien.core.vet;

import static fr.galien.core.testsupport.TestPatients.CALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.demo.DemoVeterinary;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Owner and animal registry behaviour both engines must show; one subclass per engine. */
abstract class OwnerRegistryContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Paris"));
    static final String CHIP = "250990000012345";

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    JdbcOwnerRegistry registry;

    abstract Database.Engine engine();

    @BeforeEach
    void openRegistry() {
        database = TestDatabases.open(engine(), dataDir);
        audit = new RecordingAuditTrail();
        registry = new JdbcOwnerRegistry(database, audit, CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    static Owner owner(String lastName, String firstName) {
        return new Owner(null, lastName, firstName, new Contact("06 11 22 33 44", "client@example.org",
                "3 rue des Acacias", "69003", "Lyon"), false, 0);
    }

    static Animal animal(String name, String species, String identification) {
        return new Animal(null, null, name, species, "Croisé", AnimalSex.FEMELLE_STERILISEE,
                LocalDate.of(2019, 5, 4), identification, false, 0);
    }

    private OwnerFile household(String lastName, String firstName, Animal... animals) {
        Owner owner = registry.createOwner(CALLER, owner(lastName, firstName));
        for (Animal animal : animals) {
            registry.addAnimal(CALLER, owner.id(), animal);
        }
        return registry.openOwner(CALLER, owner.id());
    }

    // --- create, open, verbatim -----------------------------------------------------------------------------------

    @Test
    void createdOwnerWithAnimalsReadsBackIdentical() {
        Owner owner = registry.createOwner(CALLER, owner("Lefèvre", "Hélène"));
        Animal animal = registry.addAnimal(CALLER, owner.id(), animal("Pépite", "chien", CHIP));

        OwnerFile file = registry.openOwner(CALLER, owner.id());

        assertThat(file.owner()).isEqualTo(owner);
        assertThat(file.animals()).containsExactly(animal);
        assertThat(animal.ownerId()).isEqualTo(owner.id());
        assertThat(animal.version()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><b>x", "'; DROP TABLE owner; --", "Zoé 🐾🐈", "O'Connor-Dupré"})
    void awkwardNamesAreStoredVerbatim(String name) {
        OwnerFile file = household(name, name, animal(name, "chat", null));

        assertThat(file.owner().lastName()).isEqualTo(name);
        assertThat(file.animals()).extracting(Animal::name).containsExactly(name);
    }

    @Test
    void identificationNumberIsStoredWithoutSpacesAndUpperCase() {
        OwnerFile file = household("Martin", "Paul", animal("Rex", "chien", "250 99 00000 12345"),
                animal("Minou", "chat", "2abc123"));

        assertThat(file.animals()).extracting(Animal::identificationNumber).containsExactly("2ABC123", CHIP);
    }

    @Test
    void unknownOwnerIsReportedAsNotFound() {
        assertThatThrownBy(() -> registry.openOwner(CALLER, UUID.randomUUID()))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0007));
    }

    // --- validation -----------------------------------------------------------------------------------------------

    @Test
    void ownerWithoutLastNameIsRefusedWithAFieldError() {
        assertThatThrownBy(() -> registry.createOwner(CALLER, owner(" ", "Paul")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("lastName"));
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void animalBornTomorrowIsRefusedAndNothingIsSaved() {
        Owner owner = registry.createOwner(CALLER, owner("Martin", "Paul"));
        Animal future = new Animal(null, null, "Rex", "chien", null, AnimalSex.MALE, LocalDate.of(2026, 11, 24),
                null, false, 0);

        assertThatThrownBy(() -> registry.addAnimal(CALLER, owner.id(), future))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("birthDate"));
        assertThat(registry.openOwner(CALLER, owner.id()).animals()).isEmpty();
    }

    @Test
    void createAllNamesTheBadFieldOfEachHousehold() {
        List<OwnerFile> drafts = List.of(
                new OwnerFile(owner("Martin", "Paul"), List.of(animal("Rex", "chien", CHIP))),
                new OwnerFile(owner("Durand", "Lou"), List.of(animal("", "chat", null))));

        assertThatThrownBy(() -> registry.createAll(CALLER, drafts))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("owners[1].animals[0].name"));
        assertThat(registry.search(CALLER, "martin", 10)).isEmpty();
    }

    // --- optimistic locking ---------------------------------------------------------------------------------------

    @Test
    void secondSaveOfTheSameOwnerVersionIsAConflict() {
        Owner owner = registry.createOwner(CALLER, owner("Martin", "Paul"));
        registry.updateOwner(CALLER, new Owner(owner.id(), "Martin", "Pierre", owner.contact(), false, 1));

        assertThatThrownBy(() -> registry.updateOwner(CALLER,
                new Owner(owner.id(), "Martin", "Jacques", owner.contact(), false, 1)))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0006));
        assertThat(registry.openOwner(CALLER, owner.id()).owner().firstName()).isEqualTo("Pierre");
    }

    @Test
    void secondSaveOfTheSameAnimalVersionIsAConflict() {
        OwnerFile file = household("Martin", "Paul", animal("Rex", "chien", CHIP));
        Animal rex = file.animals().get(0);
        registry.updateAnimal(CALLER, rename(rex, "Rexou"));

        assertThatThrownBy(() -> registry.updateAnimal(CALLER, rename(rex, "Rexy")))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0006));
    }

    private static Animal rename(Animal animal, String name) {
        return new Animal(animal.id(), animal.ownerId(), name, animal.species(), animal.breed(), animal.sex(),
                animal.birthDate(), animal.identificationNumber(), animal.archived(), animal.version());
    }

    // --- search ---------------------------------------------------------------------------------------------------

    @Test
    void searchFindsTheHouseholdByOwnerNameIgnoringCaseAndAccents() {
        OwnerFile file = household("Lefèvre", "Hélène", animal("Pépite", "chien", CHIP));

        assertThat(registry.search(CALLER, "LEFEV hel", 10)).containsExactly(file);
    }

    @Test
    void searchFindsTheHouseholdByAnAnimalName() {
        OwnerFile file = household("Martin", "Paul", animal("Réglisse", "chat", null), animal("Tango", "chien", null));
        household("Durand", "Lou", animal("Filou", "chien", null));

        assertThat(registry.search(CALLER, "regl", 10)).containsExactly(file);
    }

    @Test
    void searchCombinesOwnerAndAnimalWords() {
        household("Martin", "Paul", animal("Rex", "chien", null));
        OwnerFile wanted = household("Martin", "Lou", animal("Minou", "chat", null));

        assertThat(registry.search(CALLER, "martin min", 10)).containsExactly(wanted);
    }

    @Test
    void searchFindsAnAnimalByItsExactTransponder() {
        OwnerFile file = household("Martin", "Paul", animal("Rex", "chien", CHIP));
        household("Durand", "Lou", animal("Filou", "chien", "250990000012346"));

        assertThat(registry.search(CALLER, CHIP, 10)).containsExactly(file);
        assertThat(registry.search(CALLER, "2509900000", 10)).isEmpty();
    }

    @Test
    void searchFindsAnAnimalByItsTattoo() {
        OwnerFile file = household("Martin", "Paul", animal("Rex", "chien", "2ABC123"));

        assertThat(registry.search(CALLER, "2abc123", 10)).containsExactly(file);
    }

    @Test
    void searchWithMoreWordsThanTheSqlTakesFiltersTheRest() {
        OwnerFile file = household("Martin-Dupré", "Paul", animal("Rex", "chien", null), animal("Minou", "chat", null));
        household("Martin-Dupré", "Paul", animal("Rex", "chien", null));

        assertThat(registry.search(CALLER, "martin dupre paul rex minou", 10)).containsExactly(file);
    }

    @Test
    void renamedAnimalIsFoundByItsNewNameOnly() {
        OwnerFile file = household("Martin", "Paul", animal("Rex", "chien", null));
        registry.updateAnimal(CALLER, rename(file.animals().get(0), "Ulysse"));

        assertThat(registry.search(CALLER, "rex", 10)).isEmpty();
        assertThat(registry.search(CALLER, "ulysse", 10)).extracting(found -> found.owner().id())
                .containsExactly(file.owner().id());
    }

    @Test
    void archivedAnimalLeavesTheFileAndTheSearch() {
        OwnerFile file = household("Martin", "Paul", animal("Rex", "chien", null), animal("Minou", "chat", null));
        Animal minou = file.animals().get(0);

        registry.archiveAnimal(CALLER, minou.id(), minou.version());

        assertThat(registry.search(CALLER, "minou", 10)).isEmpty();
        assertThat(registry.openOwner(CALLER, file.owner().id()).animals()).extracting(Animal::name)
                .containsExactly("Rex");
    }

    @Test
    void archivedOwnerIsNoLongerFoundAndTakesNoNewAnimal() {
        OwnerFile file = household("Martin", "Paul", animal("Rex", "chien", null));

        registry.archiveOwner(CALLER, file.owner().id(), file.owner().version());

        assertThat(registry.search(CALLER, "martin", 10)).isEmpty();
        assertThat(registry.search(CALLER, "rex", 10)).isEmpty();
        assertThatThrownBy(() -> registry.addAnimal(CALLER, file.owner().id(), animal("Filou", "chien", null)))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(VetError.VET_0001));
    }

    @Test
    void demoHouseholdsAreCreatedInOneCallAndFound() {
        List<DemoVeterinary.Household> demo = DemoVeterinary.generate(7, 40);
        List<OwnerFile> drafts = demo.stream().map(h -> new OwnerFile(h.owner(), h.animals())).toList();

        List<OwnerFile> saved = registry.createAll(CALLER, drafts);

        DemoVeterinary.Household first = demo.get(0);
        Animal pet = first.animals().get(0);
        assertThat(saved).hasSize(40);
        assertThat(registry.search(CALLER, pet.identificationNumber() == null ? pet.name() : pet.identificationNumber(),
                50)).extracting(found -> found.owner().id()).contains(first.owner().id());
    }

    // --- audit ----------------------------------------------------------------------------------------------------

    @Test
    void everyChangeAndOpeningIsAuditedWithTheOwnerOrAnimalId() {
        Owner owner = registry.createOwner(CALLER, owner("Martin", "Paul"));
        Animal rex = registry.addAnimal(CALLER, owner.id(), animal("Rex", "chien", null));
        registry.updateAnimal(CALLER, rename(rex, "Rexou"));
        registry.openOwner(CALLER, owner.id());
        registry.search(CALLER, "martin", 10);
        registry.archiveAnimal(CALLER, rex.id(), 2);

        assertThat(audit.events()).extracting(AuditEvent::action, AuditEvent::patientId).containsExactly(
                tuple(AuditAction.CREATE, owner.id()),
                tuple(AuditAction.CREATE, rex.id()),
                tuple(AuditAction.UPDATE, rex.id()),
                tuple(AuditAction.READ, owner.id()),
                tuple(AuditAction.READ, rex.id()),
                tuple(AuditAction.ARCHIVE, rex.id()));
    }
}
