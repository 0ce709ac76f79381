package fr.galien.app.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstRunViewModelTest {

    private final FakeUiContext context = FakeUiContext.firstRun();
    private final FirstRunViewModel viewModel =
            new FirstRunViewModel(context, context.administrator, new CurrentThreadTaskExecutor(),
                    new FakeDialogService());
    private final List<Practice> created = new ArrayList<>();

    FirstRunViewModelTest() {
        viewModel.setOnCreated(created::add);
    }

    @Test
    void aBlankNameIsRefusedNextToTheField() {
        viewModel.nameProperty().set("   ");

        viewModel.create();

        assertThat(viewModel.nameErrorProperty().get()).isEqualTo("Indiquez le nom de l'établissement.");
        assertThat(created).isEmpty();
    }

    @Test
    void theCreateButtonNamesWhatIsCreated() {
        viewModel.profileProperty().set(PracticeProfile.OFFICINE);
        assertThat(viewModel.createLabel().get()).isEqualTo("Créer l'officine");

        viewModel.profileProperty().set(PracticeProfile.CABINET_VETERINAIRE);
        assertThat(viewModel.createLabel().get()).isEqualTo("Créer le cabinet");
    }

    @Test
    void creatingUsesTheChosenProfileAndTheTrimmedName() {
        viewModel.profileProperty().set(PracticeProfile.CABINET_MEDICAL);
        viewModel.nameProperty().set("  Cabinet du Dr Rivière ");

        viewModel.create();

        assertThat(created).singleElement().satisfies(practice -> {
            assertThat(practice.name()).isEqualTo("Cabinet du Dr Rivière");
            assertThat(practice.profile()).isEqualTo(PracticeProfile.CABINET_MEDICAL);
        });
    }

    @Test
    void theDemoCreatesADemoPractice() {
        viewModel.createDemo();

        assertThat(created).singleElement().extracting(Practice::demo).isEqualTo(true);
    }

    @Test
    void theDemoIsAPharmacyUnlessAnotherKindIsPicked() {
        assertThat(viewModel.demoProfileProperty().get()).isEqualTo(PracticeProfile.OFFICINE);
        assertThat(viewModel.demoLabel().get()).isEqualTo("Découvrir Galien avec une pharmacie de démonstration");

        viewModel.demoProfileProperty().set(PracticeProfile.CABINET_VETERINAIRE);
        viewModel.createDemo();

        assertThat(created).singleElement().satisfies(practice -> {
            assertThat(practice.demo()).isTrue();
            assertThat(practice.profile()).isEqualTo(PracticeProfile.CABINET_VETERINAIRE);
        });
    }

    @Test
    void aRealPracticeWithoutAccountsAsksForItsAdministratorBeforeGoingOn() {
        context.withoutAccounts();
        viewModel.nameProperty().set("Pharmacie des Quatre Chemins");

        viewModel.create();

        assertThat(created).isEmpty();
        FirstAdministratorViewModel step = viewModel.administratorStepProperty().get();
        assertThat(step).isNotNull();
        assertThat(step.role().get()).isEqualTo(fr.galien.core.security.Role.PHARMACIEN_TITULAIRE);
        step.loginProperty().set("claire.martin");
        step.displayNameProperty().set("Claire Martin");
        step.passwordProperty().set("les tilleuls fleurissent");
        step.confirmationProperty().set("les tilleuls fleurissent");
        step.create();
        assertThat(created).singleElement().extracting(Practice::name).isEqualTo("Pharmacie des Quatre Chemins");
    }

    @Test
    void aSecondWorkstationWhoseDatabaseHasAccountsSkipsTheAdministratorStep() {
        viewModel.nameProperty().set("Pharmacie des Quatre Chemins");

        viewModel.create();

        assertThat(viewModel.administratorStepProperty().get()).isNull();
        assertThat(created).hasSize(1);
    }

    @Test
    void theDemoNeverAsksForAnAdministrator() {
        context.withoutAccounts();

        viewModel.createDemo();

        assertThat(viewModel.administratorStepProperty().get()).isNull();
        assertThat(created).hasSize(1);
    }
}
