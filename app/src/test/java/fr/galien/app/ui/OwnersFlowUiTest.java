package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.app.ui.owners.OwnerRow;
import fr.galien.app.ui.owners.Species;
import fr.galien.core.demo.DemoVeterinary;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.vet.OwnerFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
 * A vet practice's flow through the real JavaFX screens (headless Monocle): new client, add an animal, back to the
 * list, find the household by typing the animal's name, ↓ and Entrée open it. Snapshots of the list and the file
 * go to {@code target/screenshots/} for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class OwnersFlowUiTest {

    private static final long WAIT_SECONDS = 20;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private FakeUiContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = FakeUiContext.demoVeterinary();
        context.owners.createAll(context.caller(), DemoVeterinary.generate(2026, 30).stream()
                .map(household -> new OwnerFile(household.owner(), household.animals())).toList());
        GalienFx.show(stage, context);
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @Test
    void aClientWithAnAnimalCreatedThroughTheScreensIsFoundByTheAnimalName(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ownerSearchField").queryAs(TextField.class).isFocused()).isTrue();

        robot.clickOn("#newOwnerButton");
        waitUntil(() -> robot.lookup("#ownerLastNameField").tryQuery().isPresent());
        robot.clickOn("#ownerLastNameField").write("Quintard");
        robot.clickOn("#ownerFirstNameField").write("Anaïs");
        robot.clickOn("#ownerPhoneField").write("06 12 34 56 78");
        robot.clickOn("#saveOwnerButton");
        Label ownerMessage = robot.lookup("#ownerMessage").queryAs(Label.class);
        waitUntil(() -> "Client enregistré.".equals(ownerMessage.getText()));

        robot.clickOn("#addAnimalButton");
        waitUntil(() -> robot.lookup("#animalNameField").query().isVisible());
        robot.clickOn("#animalNameField").write("Zéphyrin");
        select(robot, "#animalSpeciesField", Species.CHAT);
        select(robot, "#animalSexField", AnimalSex.MALE_CASTRE);
        robot.clickOn("#animalBreedField").write("Chartreux");
        robot.clickOn("#animalBirthDateField").write("03/04/2021");
        robot.clickOn("#animalIdentificationField").write("250 99 12345 67890");
        snapshot("animal-form.png");
        robot.clickOn("#saveAnimalButton");
        TableView<?> animals = robot.lookup("#animalTable").queryAs(TableView.class);
        waitUntil(() -> animals.getItems().size() == 1);
        snapshot("owner-file.png");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#ownerSearchField").tryQuery().isPresent());
        robot.clickOn("#ownerSearchField").write("zeph");
        @SuppressWarnings("unchecked")
        TableView<OwnerRow> owners = robot.lookup("#ownerTable").queryAs(TableView.class);
        waitUntil(() -> owners.getItems().size() == 1);
        assertThat(owners.getItems().get(0).lastName()).isEqualTo("Quintard");
        assertThat(owners.getItems().get(0).animals()).isEqualTo("Zéphyrin (Chat)");

        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#ownerLastNameField").tryQuery()
                .map(node -> "Quintard".equals(((TextField) node).getText())).orElse(false));
        assertThat(context.owners.calls()).contains("openOwner");
    }

    @Test
    void listOfClientsSnapshot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#ownerSearchField").write("m");
        TableView<?> owners = robot.lookup("#ownerTable").queryAs(TableView.class);
        waitUntil(() -> !owners.getItems().isEmpty());

        assertThat(snapshot("owners.png")).isRegularFile();
    }

    private static <T> void select(FxRobot robot, String id, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> combo.getSelectionModel().select(value));
    }

    private Path snapshot(String name) throws IOException {
        WritableImage image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Snapshot failed", e);
        }
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        ImageIO.write(png, "png", file.toFile());
        return file;
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
