package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.DemoPatients;
import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.app.ui.common.PatientRow;
import fr.galien.core.domain.Patient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lock screen through the real window: open a patient file, edit it, press Ctrl+L; while locked no text node
 * of the scene holds the patient's name (snapshot saved under target/screenshots/); unlocking gives the same
 * file back with its unsaved edit.
 */
@ExtendWith(ApplicationExtension.class)
class LockScreenUiTest {

    private static final long WAIT_SECONDS = 20;
    private static final Path DIRECTORY = Path.of("target", "screenshots");

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
    void whileLockedNoPatientNameIsInTheSceneAndUnlockingGivesTheUnsavedWorkBack(FxRobot robot)
            throws TimeoutException, IOException {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#patientSearchField").write("a");
        @SuppressWarnings("unchecked")
        TableView<PatientRow> table = robot.lookup("#patientTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#birthNameField").tryQuery()
                .map(node -> !((TextField) node).getText().isEmpty()).orElse(false));
        TextField birthName = robot.lookup("#birthNameField").queryAs(TextField.class);
        String patientName = birthName.getText();
        robot.clickOn("#birthNameField").write("-Essai");
        String edited = birthName.getText();
        assertThat(texts(stage.getScene().getRoot())).anyMatch(text -> text.contains(patientName));

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#lockView").tryQuery().isPresent());

        Scene scene = stage.getScene();
        List<String> visible = texts(scene.getRoot());
        assertThat(visible).anyMatch(text -> text.startsWith("Poste verrouillé — Camille Testeur"));
        for (Patient patient : context.registry.exportAll(null)) {
            assertThat(visible).noneMatch(text -> text.contains(patient.birthName()));
        }
        assertThat(robot.lookup("#birthNameField").tryQuery()).isEmpty();
        assertThat(snapshot(scene, "lock-screen.png")).isRegularFile();

        robot.clickOn("#unlockPasswordField").write("secret-camille");
        robot.clickOn("#unlockButton");
        waitUntil(() -> robot.lookup("#birthNameField").tryQuery().isPresent());
        assertThat(robot.lookup("#birthNameField").queryAs(TextField.class).getText()).isEqualTo(edited);
        assertThat(context.sessions.calls).containsSubsequence("LOCK:local:camille", "UNLOCK:local:camille");
    }

    /** Every string a user (or a screen reader) could see: labels, buttons, text fields, bare Text nodes. */
    private static List<String> texts(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            out.add(input.getText());
        }
        if (node instanceof Text text && text.getText() != null) {
            out.add(text.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static Path snapshot(Scene scene, String name) throws IOException {
        Files.createDirectories(DIRECTORY);
        Path file = DIRECTORY.resolve(name);
        WritableImage[] image = new WritableImage[1];
        robotRun(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return file;
    }

    private static void robotRun(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
