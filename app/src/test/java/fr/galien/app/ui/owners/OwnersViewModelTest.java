package fr.galien.app.ui.owners;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.InMemoryOwnerRegistry;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Caller;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.vet.OwnerFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnersViewModelTest {

    private final InMemoryOwnerRegistry registry = new InMemoryOwnerRegistry();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Caller caller = Caller.osUser(PracticeProfile.CABINET_VETERINAIRE, "poste-test");

    @BeforeEach
    void seed() {
        household("Lefèvre", "Hélène", animal("Pépite", "chien", "250990000012345"), animal("Réglisse", "chat", null));
        household("Martin", "Paul", animal("Rex", "chien", null));
        household("Marchand", "Lou", animal("Flocon", "NAC", null));
    }

    private void household(String lastName, String firstName, Animal... animals) {
        registry.createAll(caller, List.of(new OwnerFile(new Owner(null, lastName, firstName,
                new Contact("06 00 00 00 01", null, null, null, "Lyon"), false, 0), List.of(animals))));
    }

    static Animal animal(String name, String species, String identification) {
        return new Animal(null, null, name, species, null, AnimalSex.FEMELLE, LocalDate.of(2020, 1, 2),
                identification, false, 0);
    }

    private OwnersViewModel viewModel() {
        return new OwnersViewModel(registry, caller, new CurrentThreadTaskExecutor(), dialogs, Debouncer.immediate());
    }

    @Test
    void typingAnOwnerNamePrefixListsTheMatchingClientsAndTheirCount() {
        OwnersViewModel viewModel = viewModel();

        viewModel.queryProperty().set("mar");

        assertThat(viewModel.results()).extracting(OwnerRow::lastName).containsExactlyInAnyOrder("Martin", "Marchand");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("2 clients trouvés");
    }

    @Test
    void typingAnAnimalNameFindsItsOwnerWithEveryAnimalListed() {
        OwnersViewModel viewModel = viewModel();

        viewModel.queryProperty().set("regli");

        assertThat(viewModel.results()).singleElement().satisfies(row -> {
            assertThat(row.lastName()).isEqualTo("Lefèvre");
            assertThat(row.animals()).isEqualTo("Pépite (Chien), Réglisse (Chat)");
        });
    }

    @Test
    void aTransponderNumberFindsItsOwner() {
        OwnersViewModel viewModel = viewModel();

        viewModel.queryProperty().set("250990000012345");

        assertThat(viewModel.results()).extracting(OwnerRow::lastName).containsExactly("Lefèvre");
    }

    @Test
    void anAnswerToAnOlderQueryIsIgnored() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        OwnersViewModel viewModel = new OwnersViewModel(registry, caller, tasks, dialogs, Debouncer.immediate());

        viewModel.queryProperty().set("m");
        viewModel.queryProperty().set("lef");
        tasks.complete(1);
        tasks.complete(0);

        assertThat(viewModel.results()).extracting(OwnerRow::lastName).containsExactly("Lefèvre");
    }

    @Test
    void openingTheSelectionHandsTheFileToTheArea() {
        OwnersViewModel viewModel = viewModel();
        List<OwnerFile> opened = new ArrayList<>();
        viewModel.setOnOpen(opened::add);
        viewModel.queryProperty().set("rex");

        viewModel.selectedProperty().set(viewModel.results().get(0));
        viewModel.openSelected();

        assertThat(opened).extracting(file -> file.owner().lastName()).containsExactly("Martin");
    }
}
