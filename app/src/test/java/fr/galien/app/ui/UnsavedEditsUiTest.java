package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.PatientRow;
import fr.galien.app.ui.fake.DemoPatients;
import fr.galien.app.ui.fake.FakeUiContext;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No edit is lost: Échap, « Fermer », another area, « Se déconnecter » and closing the window ask « Enregistrer /
 * Ne pas enregistrer / Annuler » when the open file was changed — and ask nothing when it was not. Through the real
 * JavaFX dialog, with the keyboard (Entrée saves, Échap cancels).
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedEditsUiTest {

    private static final long WAIT_SECONDS = 20;

    private FakeUiContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = FakeUiContext.demoPharmacy();
        DemoPatients.seed(context.registry);
        GalienFx.show(stage, context);
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @Test
    void escapeWithoutEditsClosesTheFileWithoutAQuestion(FxRobot robot) throws TimeoutException {
        openFirstFile(robot);
        robot.clickOn("#firstNamesField"); // reading the file, nothing typed
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#patientSearchField").tryQuery().isPresent());
        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#patientSearchField").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void escapeWithEditsAsksThenEscapeCancelsAndEnterSaves(FxRobot robot) throws TimeoutException {
        openFirstFile(robot);
        robot.clickOn("#phoneField").write("0601020304");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        // Échap in the question = « Annuler »: the file stays open with the edit.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#phoneField").queryAs(TextField.class).getText()).isEqualTo("0601020304");
        assertThat(context.registry.calls()).doesNotContain("update");

        robot.clickOn("#closePatientButton");
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#unsavedSaveButton").queryAs(Button.class).isDefaultButton()).isTrue();
        // Entrée = « Enregistrer » (the default button): saved, then the list.
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#patientSearchField").tryQuery().isPresent());
        assertThat(context.registry.calls()).contains("update");
        assertThat(context.registry.exportAll(null)).anyMatch(patient ->
                "0601020304".equals(patient.contact().phone()));
    }

    @Test
    void changingAreaWithEditsAsksAndNotSavingDropsThem(FxRobot robot) throws TimeoutException {
        openFirstFile(robot);
        String before = robot.lookup("#phoneField").queryAs(TextField.class).getText();
        robot.clickOn("#phoneField").write("0699999999");

        robot.clickOn("#navDuplicates");
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#navPatients").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#unsavedDiscardButton");
        waitUntil(() -> robot.lookup("#navDuplicates").queryAs(ToggleButton.class).isSelected());
        assertThat(context.registry.calls()).doesNotContain("update");

        // Back to the Patients area: the file shows what was last saved, and leaving it asks nothing.
        robot.clickOn("#navPatients");
        waitUntil(() -> robot.lookup("#phoneField").tryQuery().isPresent());
        assertThat(robot.lookup("#phoneField").queryAs(TextField.class).getText()).isEqualTo(before);
        robot.clickOn("#navDuplicates");
        waitUntil(() -> robot.lookup("#navDuplicates").queryAs(ToggleButton.class).isSelected());
        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isEmpty();
    }

    @Test
    void closingTheWindowWithEditsAsksAndAnnulerKeepsItOpen(FxRobot robot) throws TimeoutException {
        openFirstFile(robot);
        robot.clickOn("#phoneField").write("0611111111");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("#unsavedCancelButton");
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#phoneField").queryAs(TextField.class).getText()).isEqualTo("0611111111");
    }

    @Test
    void logoutAsksOnlyWithEdits(FxRobot robot) throws TimeoutException {
        openFirstFile(robot);
        robot.clickOn("#phoneField").write("0622222222");
        robot.clickOn("#logoutButton");
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#loginView").tryQuery()).isEmpty();

        robot.clickOn("#logoutButton");
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("#unsavedDiscardButton");
        waitUntil(() -> robot.lookup("#loginView").tryQuery().isPresent());
        assertThat(context.registry.calls()).doesNotContain("update");
        assertThat(robot.lookup("#confirmDialog").tryQuery()).isEmpty();
    }

    @Test
    void logoutWithNothingPendingAsksNothing(FxRobot robot) throws TimeoutException {
        robot.clickOn("#logoutButton");
        waitUntil(() -> robot.lookup("#loginView").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isEmpty();
    }

    private void openFirstFile(FxRobot robot) throws TimeoutException {
        robot.clickOn("#patientSearchField").write("a");
        @SuppressWarnings("unchecked")
        TableView<PatientRow> table = robot.lookup("#patientTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#birthNameField").tryQuery()
                .map(node -> !((TextField) node).getText().isEmpty()).orElse(false));
        waitUntil(() -> !context.tasks().busyProperty().get());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
