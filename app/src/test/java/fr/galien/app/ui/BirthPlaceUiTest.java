package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.core.domain.Patient;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
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

/** The birth place is typed by name and picked with the keyboard; the file stores the COG code. */
@ExtendWith(ApplicationExtension.class)
class BirthPlaceUiTest {

    private static final long WAIT_SECONDS = 20;

    private FakeUiContext context;

    @Start
    void start(Stage stage) {
        context = FakeUiContext.demoPharmacy();
        GalienFx.show(stage, context);
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @Test
    void aCommuneTypedByNameIsPickedWithTheKeyboardAndItsCodeIsSaved(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#birthNameField").tryQuery().isPresent());
        robot.clickOn("#birthNameField").write("Zamorano");
        robot.clickOn("#firstNamesField").write("Lucie");
        robot.clickOn("#sexF");
        robot.clickOn("#birthDateField").write("14/07/1985");
        robot.clickOn("#birthPlaceCodeField").write("st mal");
        waitUntil(() -> robot.lookup("#birthPlaceCodeFieldChoices").tryQuery().map(node -> node.isVisible())
                .orElse(false));
        // « Saint-Malo (35) » comes first; Entrée picks it and does not save the file.
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        TextField place = robot.lookup("#birthPlaceCodeField").queryAs(TextField.class);
        waitUntil(() -> "Saint-Malo (35)".equals(place.getText()));
        assertThat(context.registry.size()).isZero();

        // Échap with the list open closes the list, not the file.
        retype(robot, "rennes");
        waitUntil(() -> robot.lookup("#birthPlaceCodeFieldChoices").tryQuery().map(node -> node.isVisible())
                .orElse(false));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#birthNameField").tryQuery()).isPresent();
        retype(robot, "espagne");
        waitUntil(() -> robot.lookup("#birthPlaceCodeFieldChoices").tryQuery().map(node -> node.isVisible())
                .orElse(false));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> "Espagne (étranger)".equals(place.getText()));

        robot.clickOn("#savePatientButton");
        Label message = robot.lookup("#patientFormMessage").queryAs(Label.class);
        waitUntil(() -> "Dossier enregistré.".equals(message.getText()));
        Patient saved = context.registry.exportAll(null).get(0);
        assertThat(saved.birthPlaceCode()).isEqualTo("99134");
    }

    private static void retype(FxRobot robot, String text) {
        robot.clickOn("#birthPlaceCodeField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
