package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.DemoPatients;
import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.app.ui.common.PatientRow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard flow at the counter, through the real JavaFX screens (headless Monocle): Ctrl+N, type the file,
 * save, back to the list, find the patient by typing the first letters.
 */
@ExtendWith(ApplicationExtension.class)
class PatientsFlowUiTest {

    /** Generous: the waits end as soon as the screen is ready; this only bounds a broken run. */
    private static final long WAIT_SECONDS = 20;

    private FakeUiContext context;

    @Start
    void start(Stage stage) {
        context = FakeUiContext.demoPharmacy();
        DemoPatients.seed(context.registry);
        GalienFx.show(stage, context);
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @Test
    void aPatientCreatedWithTheKeyboardIsFoundByItsFirstLetters(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#patientSearchField").queryAs(TextField.class).isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#birthNameField").tryQuery().isPresent());
        robot.clickOn("#birthNameField").write("Zamorano");
        robot.clickOn("#firstNamesField").write("Lucie Anne");
        robot.clickOn("#sexF");
        robot.clickOn("#birthDateField").write("14/07/1985");
        robot.clickOn("#savePatientButton");

        Label message = robot.lookup("#patientFormMessage").queryAs(Label.class);
        waitUntil(() -> "Dossier enregistré.".equals(message.getText()));
        assertThat(context.registry.size()).isEqualTo(9);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#patientSearchField").tryQuery().isPresent());
        robot.clickOn("#patientSearchField").write("zam");

        @SuppressWarnings("unchecked")
        TableView<PatientRow> table = robot.lookup("#patientTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).birthName()).isEqualTo("Zamorano");
        assertThat(table.getItems().get(0).birthDate()).isEqualTo("14/07/1985");

        // ↓ then Entrée opens the file found.
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#birthNameField").tryQuery()
                .map(node -> "Zamorano".equals(((TextField) node).getText())).orElse(false));
        assertThat(context.registry.calls()).contains("open");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
