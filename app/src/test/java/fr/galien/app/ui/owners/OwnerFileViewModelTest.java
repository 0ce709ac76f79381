package fr.galien.app.ui.owners;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.InMemoryOwnerRegistry;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Caller;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

class OwnerFileViewModelTest {

    private final InMemoryOwnerRegistry registry = new InMemoryOwnerRegistry();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Caller caller = Caller.osUser(PracticeProfile.CABINET_VETERINAIRE, "poste-test");
    private final OwnerFileViewModel viewModel =
            new OwnerFileViewModel(registry, caller, new CurrentThreadTaskExecutor(), dialogs);

    private void newOwnerSaved() {
        viewModel.startNew();
        viewModel.lastNameProperty().set("Lefèvre");
        viewModel.firstNameProperty().set("Hélène");
        viewModel.saveOwner();
    }

    private void fillAnimal() {
        viewModel.animalNameProperty().set("Pépite");
        viewModel.speciesProperty().set(Species.CHIEN);
        viewModel.sexProperty().set(AnimalSex.FEMELLE_STERILISEE);
        viewModel.birthDateProperty().set("04/05/2019");
        viewModel.identificationProperty().set("250 99 00000 12345");
    }

    @Test
    void aNewOwnerWithoutLastNameShowsTheErrorUnderTheFieldAndSavesNothing() {
        viewModel.startNew();
        viewModel.firstNameProperty().set("Hélène");

        viewModel.saveOwner();

        assertThat(viewModel.ownerErrorProperty(OwnerFields.LAST_NAME).get())
                .isEqualTo("Le nom du client est obligatoire.");
        assertThat(viewModel.savedProperty().get()).isFalse();
        assertThat(registry.ownerCount()).isZero();
    }

    @Test
    void animalsCanBeAddedOnlyOnceTheOwnerIsSaved() {
        viewModel.startNew();

        viewModel.newAnimal();

        assertThat(viewModel.editingAnimalProperty().get()).isFalse();
        assertThat(viewModel.ownerMessageProperty().get()).contains("Enregistrez d'abord le client");
    }

    @Test
    void anAddedAnimalAppearsInTheFileWithItsLabelsAndCompactedTransponder() {
        newOwnerSaved();
        viewModel.newAnimal();
        fillAnimal();

        viewModel.saveAnimal();

        assertThat(viewModel.editingAnimalProperty().get()).isFalse();
        assertThat(viewModel.animals()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Pépite");
            assertThat(row.species()).isEqualTo("Chien");
            assertThat(row.sex()).isEqualTo("Femelle stérilisée");
            assertThat(row.birthDate()).isEqualTo("04/05/2019");
            assertThat(row.identification()).isEqualTo("250990000012345");
        });
        assertThat(viewModel.animalMessageProperty().get()).isEqualTo("Animal enregistré.");
    }

    @Test
    void anUnreadableBirthDateIsReportedUnderItsFieldWithoutCallingTheRegistry() {
        newOwnerSaved();
        viewModel.newAnimal();
        fillAnimal();
        viewModel.birthDateProperty().set("31/02/2019");

        viewModel.saveAnimal();

        assertThat(viewModel.animalErrorProperty(OwnerFields.BIRTH_DATE).get()).startsWith("Date illisible");
        assertThat(registry.calls()).doesNotContain("addAnimal");
    }

    @Test
    void registryFieldErrorsLandUnderTheAnimalFields() {
        newOwnerSaved();
        viewModel.newAnimal();
        fillAnimal();
        viewModel.speciesProperty().set(null);
        viewModel.identificationProperty().set("12");

        viewModel.saveAnimal();

        assertThat(viewModel.animalErrorProperty(OwnerFields.SPECIES).get()).isEqualTo("L'espèce est obligatoire.");
        assertThat(viewModel.animalErrorProperty(OwnerFields.IDENTIFICATION).get()).startsWith("L'identification");
        assertThat(viewModel.editingAnimalProperty().get()).isTrue();
    }

    @Test
    void aConflictingOwnerSaveKeepsTheEditsAndShowsTheCode() {
        newOwnerSaved();
        Owner stored = registry.search(caller, "lefevre", 1).get(0).owner();
        registry.updateOwner(caller, new Owner(stored.id(), "Lefèvre", "Hélène", new Contact("06 11 11 11 11", null,
                null, null, null), false, stored.version()));
        viewModel.cityProperty().set("Annecy");

        viewModel.saveOwner();

        assertThat(viewModel.cityProperty().get()).isEqualTo("Annecy");
        assertThat(dialogs.errors).singleElement().asString().startsWith("CORE-0006");
    }

    @Test
    void archivingTheSelectedAnimalRemovesItFromTheFile() {
        newOwnerSaved();
        viewModel.newAnimal();
        fillAnimal();
        viewModel.saveAnimal();

        viewModel.selectedAnimalProperty().set(viewModel.animals().get(0));
        viewModel.archiveSelectedAnimal();

        assertThat(viewModel.animals()).isEmpty();
    }
}
