package fr.galien.app.ui.patients;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.PatientRow;
import fr.galien.app.ui.fake.DemoPatients;
import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.InMemoryPatientRegistry;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Caller;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientsViewModelTest {

    private final InMemoryPatientRegistry registry = new InMemoryPatientRegistry();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Caller caller = Caller.osUser(PracticeProfile.OFFICINE, "poste-test");

    @BeforeEach
    void seed() {
        DemoPatients.seed(registry);
    }

    private PatientsViewModel viewModel() {
        return new PatientsViewModel(registry, caller, new CurrentThreadTaskExecutor(), dialogs, Debouncer.immediate());
    }

    @Test
    void typingUpdatesTheResultsAndTheirCount() {
        PatientsViewModel viewModel = viewModel();

        viewModel.queryProperty().set("dupo");

        assertThat(viewModel.results()).extracting(PatientRow::birthName)
                .containsExactlyInAnyOrder("Dupont", "Dupont", "Dupond");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("3 patients trouvés");
    }

    @Test
    void rowsShowTheBirthDateWithItsUnknownZerosAndTheAccentedIdentityStatus() {
        PatientsViewModel viewModel = viewModel();

        viewModel.queryProperty().set("jean-pierre");

        assertThat(viewModel.results()).singleElement().satisfies(row -> {
            assertThat(row.birthDate()).isEqualTo("00/00/1951");
            assertThat(row.identityStatus()).isEqualTo("Identité provisoire");
            assertThat(row.sex()).isEqualTo("Masculin");
        });
    }

    @Test
    void anAnswerToAnOlderQueryIsIgnored() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        PatientsViewModel viewModel =
                new PatientsViewModel(registry, caller, tasks, dialogs, Debouncer.immediate());

        viewModel.queryProperty().set("d");
        viewModel.queryProperty().set("lef");
        tasks.complete(1); // the newer answer arrives first…
        tasks.complete(0); // …then the older, slower one

        assertThat(viewModel.results()).extracting(PatientRow::birthName).containsExactly("Lefèvre");
    }

    @Test
    void clearingTheQueryEmptiesTheListWithoutCallingTheRegistry() {
        PatientsViewModel viewModel = viewModel();
        viewModel.queryProperty().set("dupo");

        viewModel.queryProperty().set("  ");

        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.countTextProperty().get()).isEqualTo("Saisissez les premières lettres d'un nom, une date de naissance ou un matricule.");
    }

    @Test
    void archivingTheSelectedPatientAfterConfirmationRemovesItFromTheResults() {
        PatientsViewModel viewModel = viewModel();
        viewModel.queryProperty().set("lef");
        viewModel.selectedProperty().set(viewModel.results().get(0));

        viewModel.archiveSelected();

        assertThat(viewModel.results()).isEmpty();
    }

    @Test
    void archivingIsNotDoneWhenTheUserDoesNotConfirm() {
        PatientsViewModel viewModel = viewModel();
        viewModel.queryProperty().set("lef");
        viewModel.selectedProperty().set(viewModel.results().get(0));
        dialogs.confirmAnswer = false;

        viewModel.archiveSelected();

        assertThat(registry.calls()).doesNotContain("archive");
    }
}
