package fr.galien.app.ui.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.InMemoryPatientDuplicates;
import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.PatientError;
import fr.galien.core.security.Caller;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worklist's decisions, without JavaFX scenes: tasks run on the calling thread, dialogs are answered by a fake. */
class DuplicatesViewModelTest {

    private final InMemoryPatientDuplicates duplicates = new InMemoryPatientDuplicates();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Caller caller = Caller.osUser(PracticeProfile.OFFICINE, "poste-test");
    private Patient dupont;
    private Patient dupond;

    @BeforeEach
    void seed() {
        dupont = duplicates.add("DUPONT", "Marie Claire", "1980-03-12", Contact.NONE);
        dupond = duplicates.add("DUPOND", "Marie Claire", "1980-03-12",
                new Contact("06 00 00 00 02", "marie@example.org", null, null, null));
        duplicates.add("MARTIN", "Éloïse", "2012-06-14", Contact.NONE);
        duplicates.add("MARTIN", "Anaïs", "2012-06-14", Contact.NONE);
    }

    private DuplicatesViewModel loaded() {
        DuplicatesViewModel viewModel = new DuplicatesViewModel(duplicates, caller, new CurrentThreadTaskExecutor(),
                dialogs, ZoneOffset.UTC);
        viewModel.refresh();
        return viewModel;
    }

    private DuplicatesViewModel withFirstPairSelected() {
        DuplicatesViewModel viewModel = loaded();
        viewModel.selectedProperty().set(viewModel.pairs().get(0));
        return viewModel;
    }

    @Test
    void refreshListsTheProbablePairsAndCountsThem() {
        DuplicatesViewModel viewModel = loaded();

        assertThat(viewModel.pairs()).singleElement().satisfies(row -> {
            assertThat(row.first()).contains("DUPONT");
            assertThat(row.second()).contains("DUPOND");
            assertThat(Integer.parseInt(row.score())).isBetween(85, 95);
        });
        assertThat(viewModel.countTextProperty().get()).isEqualTo("1 paire à examiner");
    }

    @Test
    void selectingAPairComparesTheRecordsSideBySideAndListsTheReasons() {
        DuplicatesViewModel viewModel = withFirstPairSelected();

        assertThat(viewModel.comparison()).filteredOn(ComparisonRow::differs)
                .extracting(ComparisonRow::field).containsExactly("Nom de naissance", "Téléphone", "Courriel");
        assertThat(viewModel.comparison()).filteredOn(row -> row.field().equals("Date de naissance")).singleElement()
                .satisfies(row -> assertThat(row.first()).isEqualTo("12/03/1980"));
        assertThat(viewModel.reasons()).extracting(ReasonRow::text)
                .contains("Noms de naissance proches (faute de frappe ?)", "Même date de naissance");
        assertThat(viewModel.reasons()).allMatch(ReasonRow::forDuplicate);
    }

    @Test
    void theRecordWithMoreContactDetailsIsKeptByDefault() {
        DuplicatesViewModel viewModel = withFirstPairSelected();

        assertThat(viewModel.survivorProperty().get()).isEqualTo(DuplicatesViewModel.Side.SECOND);
        assertThat(viewModel.secondHeaderProperty().get()).isEqualTo("Dossier 2 — conservé");
        assertThat(viewModel.firstHeaderProperty().get()).isEqualTo("Dossier 1 — retiré");
    }

    @Test
    void mergeKeepsTheChosenRecordAfterConfirmationAndRefreshes() {
        DuplicatesViewModel viewModel = withFirstPairSelected();
        viewModel.chooseSurvivor(DuplicatesViewModel.Side.FIRST);

        viewModel.mergeSelected();

        assertThat(duplicates.calls()).contains("merge " + dupont.id() + " " + dupond.id());
        assertThat(duplicates.get(dupond.id()).archived()).isTrue();
        assertThat(duplicates.get(dupont.id()).contact().email()).isEqualTo("marie@example.org");
        assertThat(viewModel.pairs()).isEmpty();
        assertThat(viewModel.merges()).singleElement().satisfies(row -> {
            assertThat(row.kept()).contains("DUPONT");
            assertThat(row.filled()).isEqualTo("téléphone, e-mail");
            assertThat(row.state()).isEqualTo("En vigueur");
        });
        assertThat(viewModel.messageProperty().get()).startsWith("Dossiers fusionnés");
    }

    @Test
    void mergeDoesNothingWhenTheUserCancels() {
        DuplicatesViewModel viewModel = withFirstPairSelected();
        dialogs.confirmAnswer = false;

        viewModel.mergeSelected();

        assertThat(duplicates.calls()).noneMatch(call -> call.startsWith("merge "));
        assertThat(viewModel.pairs()).hasSize(1);
    }

    @Test
    void aQualifiedRecordCannotBeChosenForRetirement() {
        duplicates.put(InMemoryPatientDuplicates.qualified(dupont, "280037505612345"));
        DuplicatesViewModel viewModel = withFirstPairSelected();

        assertThat(viewModel.survivorProperty().get()).isEqualTo(DuplicatesViewModel.Side.FIRST);
        viewModel.chooseSurvivor(DuplicatesViewModel.Side.SECOND);

        assertThat(viewModel.mergeDisabled().get()).isTrue();
        assertThat(viewModel.survivorWarningProperty().get()).contains("identité qualifiée");
        viewModel.mergeSelected();
        assertThat(duplicates.calls()).noneMatch(call -> call.startsWith("merge "));
    }

    @Test
    void notADuplicateHidesThePair() {
        DuplicatesViewModel viewModel = withFirstPairSelected();

        viewModel.dismissSelected();

        assertThat(duplicates.calls()).contains("dismiss");
        assertThat(viewModel.pairs()).isEmpty();
        assertThat(viewModel.messageProperty().get()).startsWith("Paire écartée");
    }

    @Test
    void unmergeRestoresAndMarksTheMergeUndone() {
        DuplicatesViewModel viewModel = withFirstPairSelected();
        viewModel.mergeSelected();
        viewModel.selectedMergeProperty().set(viewModel.merges().get(0));

        viewModel.unmergeSelected();

        assertThat(duplicates.get(dupond.id()).archived()).isFalse();
        assertThat(viewModel.pairs()).hasSize(1);
        assertThat(viewModel.merges().get(0).state()).startsWith("Annulée le ");
        assertThat(viewModel.messageProperty().get()).startsWith("Fusion annulée");
    }

    @Test
    void anUndoneMergeCannotBeUndoneAgain() {
        DuplicatesViewModel viewModel = withFirstPairSelected();
        viewModel.mergeSelected();
        viewModel.selectedMergeProperty().set(viewModel.merges().get(0));
        viewModel.unmergeSelected();

        viewModel.selectedMergeProperty().set(viewModel.merges().get(0));

        assertThat(viewModel.unmergeDisabled().get()).isTrue();
    }

    @Test
    void aRefusedUnmergeShowsTheCoresReasonAndKeepsTheHistory() {
        DuplicatesViewModel viewModel = withFirstPairSelected();
        viewModel.mergeSelected();
        viewModel.selectedMergeProperty().set(viewModel.merges().get(0));
        duplicates.failNext(new SegurException(PatientError.PAT_0016, "téléphone"));

        viewModel.unmergeSelected();

        assertThat(dialogs.errors).singleElement().asString().contains("PAT-0016").contains("téléphone");
        assertThat(viewModel.merges().get(0).state()).isEqualTo("En vigueur");
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void noCoreCallRunsOnTheCallingThreadBeforeTheExecutorRunsIt() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        DuplicatesViewModel viewModel = new DuplicatesViewModel(duplicates, caller, tasks, dialogs, ZoneOffset.UTC);

        viewModel.refresh();

        assertThat(duplicates.calls()).isEmpty();
        assertThat(viewModel.loadingProperty().get()).isTrue();
        tasks.completeAll();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.pairs()).hasSize(1);
    }

    @Test
    void anOlderRefreshArrivingLastIsIgnored() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        DuplicatesViewModel viewModel = new DuplicatesViewModel(duplicates, caller, tasks, dialogs, ZoneOffset.UTC);
        viewModel.refresh();
        duplicates.add("LEROY", "Paul", "1990-01-01", Contact.NONE);
        duplicates.add("LEROI", "Paul", "1990-01-01", Contact.NONE);
        viewModel.refresh();

        tasks.complete(1); // the newer refresh answers first: two pairs
        duplicates.failNext(new SegurException(PatientError.PAT_0019, 0));
        tasks.complete(0); // the older one then fails: its answer (here an error) must not replace the list

        assertThat(viewModel.pairs()).hasSize(2);
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }
}
