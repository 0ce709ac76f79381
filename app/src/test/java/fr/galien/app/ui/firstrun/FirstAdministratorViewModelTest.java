package fr.galien.app.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeFirstAdministrator;
import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Role;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.task.TaskExecutor;
import org.junit.jupiter.api.Test;

class FirstAdministratorViewModelTest {

    private static final Practice PHARMACY = new Practice("Pharmacie des Quatre Chemins", PracticeProfile.OFFICINE,
            null, null, false);

    private final FakeUiContext context = FakeUiContext.firstRun().withoutAccounts();
    private final FakeDialogService dialogs = new FakeDialogService();
    private int loginScreens;

    private FirstAdministratorViewModel viewModel(Practice practice, TaskExecutor tasks) {
        FirstAdministratorViewModel viewModel = new FirstAdministratorViewModel(context.administrator, tasks,
                dialogs, practice);
        viewModel.setOnCreated(() -> loginScreens++);
        return viewModel;
    }

    private static void fill(FirstAdministratorViewModel viewModel, String password, String confirmation) {
        viewModel.loginProperty().set("claire.martin");
        viewModel.displayNameProperty().set("Claire Martin");
        viewModel.passwordProperty().set(password);
        viewModel.confirmationProperty().set(confirmation);
    }

    @Test
    void aMismatchedConfirmationIsShownUnderTheConfirmationAndNothingIsCreated() {
        FirstAdministratorViewModel viewModel = viewModel(PHARMACY, new CurrentThreadTaskExecutor());
        fill(viewModel, "les tilleuls fleurissent", "les tilleuls fleurissen");

        viewModel.create();

        assertThat(viewModel.confirmationErrorProperty().get())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(context.administrator.created).isEmpty();
        assertThat(loginScreens).isZero();
    }

    @Test
    void aWeakPasswordGivesTheCorePolicyErrorUnderThePasswordField() {
        FirstAdministratorViewModel viewModel = viewModel(PHARMACY, new CurrentThreadTaskExecutor());
        fill(viewModel, "court", "court");

        viewModel.create();

        assertThat(viewModel.passwordErrorProperty().get())
                .isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
        assertThat(viewModel.confirmationErrorProperty().get()).isEmpty();
        assertThat(loginScreens).isZero();
    }

    @Test
    void typingAgainClearsThePasswordError() {
        FirstAdministratorViewModel viewModel = viewModel(PHARMACY, new CurrentThreadTaskExecutor());
        fill(viewModel, "court", "court");
        viewModel.create();

        viewModel.passwordProperty().set("courte");

        assertThat(viewModel.passwordErrorProperty().get()).isEmpty();
    }

    @Test
    void successCreatesThePharmacistHolderAndGoesToTheLoginScreen() {
        FirstAdministratorViewModel viewModel = viewModel(PHARMACY, new CurrentThreadTaskExecutor());
        fill(viewModel, "les tilleuls fleurissent", "les tilleuls fleurissent");

        viewModel.create();

        assertThat(context.administrator.created).containsExactly(
                new FakeFirstAdministrator.Created("claire.martin", "Claire Martin", Role.PHARMACIEN_TITULAIRE));
        assertThat(loginScreens).isEqualTo(1);
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.confirmationProperty().get()).isEmpty();
    }

    @Test
    void theRoleFollowsThePracticeProfileOrTheItProviderBox() {
        assertThat(FirstAdministratorViewModel.holderOf(PracticeProfile.OFFICINE)).isEqualTo(Role.PHARMACIEN_TITULAIRE);
        assertThat(FirstAdministratorViewModel.holderOf(PracticeProfile.CABINET_MEDICAL)).isEqualTo(Role.MEDECIN);
        assertThat(FirstAdministratorViewModel.holderOf(PracticeProfile.CABINET_VETERINAIRE))
                .isEqualTo(Role.VETERINAIRE);
        FirstAdministratorViewModel viewModel = viewModel(PHARMACY, new CurrentThreadTaskExecutor());

        viewModel.itProviderProperty().set(true);

        assertThat(viewModel.role().get()).isEqualTo(Role.ADMINISTRATEUR_TECHNIQUE);
        assertThat(viewModel.roleText().get()).contains(Role.ADMINISTRATEUR_TECHNIQUE.label());
    }

    @Test
    void theAccountIsCreatedInTheBackgroundNotOnTheCallingThread() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        FirstAdministratorViewModel viewModel = viewModel(PHARMACY, tasks);
        fill(viewModel, "les tilleuls fleurissent", "les tilleuls fleurissent");

        viewModel.create();

        assertThat(viewModel.workingProperty().get()).isTrue();
        assertThat(context.administrator.created).isEmpty();
        tasks.completeAll();
        assertThat(context.administrator.created).hasSize(1);
        assertThat(viewModel.workingProperty().get()).isFalse();
    }

    @Test
    void anAdministratorCreatedMeanwhileOnAnotherWorkstationLeadsToTheLoginScreenWithTheReason() {
        context.administrator.createdElsewhere = true;
        FirstAdministratorViewModel viewModel = viewModel(PHARMACY, new CurrentThreadTaskExecutor());
        fill(viewModel, "les tilleuls fleurissent", "les tilleuls fleurissent");

        viewModel.create();

        assertThat(dialogs.errors).singleElement().asString().contains("ACC-0004");
        assertThat(loginScreens).isEqualTo(1);
    }
}
