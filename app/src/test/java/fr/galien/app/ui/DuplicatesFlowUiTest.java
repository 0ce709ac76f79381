package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.duplicates.DuplicatePairRow;
import fr.galien.app.ui.duplicates.MergeRow;
import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The duplicates worklist through the real JavaFX screens (headless Monocle): open « Doublons », pick the pair,
 * compare, merge after confirming, then undo the merge from the history.
 */
@ExtendWith(ApplicationExtension.class)
class DuplicatesFlowUiTest {

    private static final long WAIT_SECONDS = 20;

    private FakeUiContext context;
    private Patient kept;
    private Patient retired;

    @Start
    void start(Stage stage) {
        context = FakeUiContext.demoPharmacy();
        retired = context.duplicates.add("DUPOND", "Marie Claire", "1980-03-12", Contact.NONE);
        kept = context.duplicates.add("DUPONT", "Marie Claire", "1980-03-12",
                new Contact("06 00 00 00 01", null, null, null, null));
        GalienFx.show(stage, context);
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @Test
    void aPairIsMergedAfterConfirmationThenTheMergeIsUndone(FxRobot robot) throws TimeoutException {
        robot.clickOn("#navDuplicates");
        @SuppressWarnings("unchecked")
        TableView<DuplicatePairRow> pairs = robot.lookup("#duplicatePairsTable").queryAs(TableView.class);
        waitUntil(() -> pairs.getItems().size() == 1);

        robot.clickOn(robot.lookup("#duplicatePairsTable .table-row-cell").nth(0).queryAs(Node.class));
        GridPane comparison = robot.lookup("#duplicateComparison").queryAs(GridPane.class);
        waitUntil(() -> !comparison.getChildren().isEmpty());
        boolean keepsSecond = kept.id().equals(pairs.getItems().get(0).pair().second().id());
        assertThat(robot.lookup(keepsSecond ? "#keepSecondRecord" : "#keepFirstRecord").queryAs(RadioButton.class)
                .isSelected()).isTrue();

        robot.clickOn("#mergeButton");
        confirm(robot, "Fusionner");
        Label message = robot.lookup("#duplicatesMessage").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Dossiers fusionnés") && pairs.getItems().isEmpty());
        assertThat(context.duplicates.get(retired.id()).archived()).isTrue();

        robot.clickOn("Fusions effectuées");
        @SuppressWarnings("unchecked")
        TableView<MergeRow> merges = robot.lookup("#mergesTable").queryAs(TableView.class);
        waitUntil(() -> merges.getItems().size() == 1);
        robot.clickOn(robot.lookup("#mergesTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#unmergeButton");
        confirm(robot, "Annuler la fusion");

        waitUntil(() -> merges.getItems().size() == 1 && merges.getItems().get(0).state().startsWith("Annulée"));
        assertThat(context.duplicates.get(retired.id()).archived()).isFalse();
    }

    /** Clicks {@code label} in the confirmation dialog (the same words as the button that opened it). */
    private static void confirm(FxRobot robot, String label) throws TimeoutException {
        waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        Button button = robot.lookup("#confirmDialog .button").queryAllAs(Button.class).stream()
                .filter(candidate -> label.equals(candidate.getText())).findFirst().orElseThrow();
        robot.clickOn(button);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
