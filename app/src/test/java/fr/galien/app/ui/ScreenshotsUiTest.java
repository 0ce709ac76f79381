package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.fake.DemoPatients;
import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.app.ui.services.HealthProbe;
import fr.galien.core.port.InsiPort;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import fr.galien.core.testsupport.TestModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scene snapshots written as PNG under {@code target/screenshots/} so people can look at the screens without a
 * display (README, reviews). Each test checks what its screen shows; the first-run and counter ones also read the PNG
 * back (the scene's size, not blank).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsUiTest {

    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void firstRunScreen(FxRobot robot) throws IOException, TimeoutException {
        show(robot, FakeUiContext.firstRun());

        assertThat(stage.getTitle()).isEqualTo(UiText.WINDOW_TITLE_FIRST_RUN.text());
        assertThat(robot.lookup("#firstRunView").tryQuery()).isPresent();
        assertThat(robot.lookup(UiText.FIRST_RUN_HEADING.text()).tryQuery()).isPresent();
        assertThat(robot.lookup("#practiceNameField").tryQuery()).isPresent();
        assertThat(robot.lookup("#createPracticeButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#demoButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();
        assertRenderedScreen(snapshotRead(robot, "first-run.png"));
    }

    @Test
    void loginScreenOfTheDemoPharmacy(FxRobot robot) throws IOException, TimeoutException {
        FakeUiContext context = FakeUiContext.demoPharmacy().signedOut();
        context.sessions.demoAccounts = java.util.List.of(
                new fr.galien.app.ui.session.DemoAccount("899900000001", "Claire TITULAIRETEST — pharmacien titulaire"),
                new fr.galien.app.ui.session.DemoAccount("899900000002", "Julien ADJOINTTEST — pharmacien adjoint"));
        show(robot, context);

        assertThat(robot.lookup("#nationalIdField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("899900000001");
        assertThat(snapshot(robot, "login.png")).isRegularFile();
    }

    @Test
    void vetLoginScreenHasOnlyLocalAccounts(FxRobot robot) throws IOException, TimeoutException {
        FakeUiContext context = FakeUiContext.demoVeterinary().signedOut();
        context.sessions.pscAvailable = false;
        show(robot, context);

        assertThat(robot.lookup("#pscSection").tryQuery()).isEmpty();
        assertThat(snapshot(robot, "login-vet.png")).isRegularFile();
    }

    @Test
    void patientsSearchInTheDemoPharmacy(FxRobot robot) throws IOException, TimeoutException {
        FakeUiContext context = FakeUiContext.demoPharmacy();
        DemoPatients.seed(context.registry);
        show(robot, context);
        robot.clickOn("#patientSearchField").write("d");
        TableView<?> table = robot.lookup("#patientTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(snapshot(robot, "patients.png")).isRegularFile();
    }

    @Test
    void patientFileWithValidationMessages(FxRobot robot) throws IOException, TimeoutException {
        FakeUiContext context = FakeUiContext.demoPharmacy();
        show(robot, context);
        robot.clickOn("#newPatientButton");
        robot.clickOn("#birthDateField").write("31/02/1980");
        robot.clickOn("#savePatientButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#birthDateFieldError").tryQuery().map(node -> node.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(snapshot(robot, "patient-form.png")).isRegularFile();
    }

    @Test
    void servicesWithOneModuleAndTheInfrastructure(FxRobot robot) throws IOException, TimeoutException {
        FakeUiContext context = FakeUiContext.demoPharmacy();
        context.modules.add(module());
        context.probes.add(new HealthProbe("database", "Base de données",
                () -> Health.up("H2, fichier local, écriture immédiate", Instant.now())));
        context.probes.add(new HealthProbe("sandbox", "Bac à sable",
                () -> new Health(Health.State.DEGRADE, "2 simulateurs sur 3 démarrés", Instant.now())));
        show(robot, context);
        robot.clickOn("#navServices");
        TableView<?> table = robot.lookup("#segurModulesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(row -> row.toString().contains("DISPONIBLE")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(snapshot(robot, "services.png")).isRegularFile();
    }

    @Test
    void duplicatesWorklistWithAPairSideBySide(FxRobot robot) throws IOException, TimeoutException {
        FakeUiContext context = FakeUiContext.demoPharmacy();
        context.duplicates.add("DUPONT", "Marie Claire", "1980-03-12",
                new fr.galien.core.domain.Contact("06 00 00 00 01", null, "1 rue des Lilas", "35000", "Rennes"));
        context.duplicates.add("DUPOND", "Marie Claire", "1980-03-12",
                new fr.galien.core.domain.Contact(null, "marie@example.org", null, null, null));
        context.duplicates.add("LEFÈVRE", "Jérôme", "1981-10-27", fr.galien.core.domain.Contact.NONE);
        context.duplicates.add("LEFEBVRE", "Jérôme Étienne", "1981-10-00", fr.galien.core.domain.Contact.NONE);
        show(robot, context);
        robot.clickOn("#navDuplicates");
        TableView<?> table = robot.lookup("#duplicatePairsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn(robot.lookup("#duplicatePairsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(snapshot(robot, "duplicates.png")).isRegularFile();
    }

    @Test
    void mergeHistory(FxRobot robot) throws IOException, TimeoutException {
        FakeUiContext context = FakeUiContext.demoPharmacy();
        fr.galien.core.domain.Patient kept = context.duplicates.add("DUPONT", "Marie Claire", "1980-03-12",
                fr.galien.core.domain.Contact.NONE);
        fr.galien.core.domain.Patient retired = context.duplicates.add("DUPOND", "Marie Claire", "1980-03-12",
                new fr.galien.core.domain.Contact("06 00 00 00 02", "marie@example.org", null, null, null));
        context.duplicates.merge(context.caller(), kept.id(), kept.version(), retired.id(), retired.version());
        show(robot, context);
        robot.clickOn("#navDuplicates");
        robot.clickOn("Fusions effectuées");
        TableView<?> table = robot.lookup("#mergesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn(robot.lookup("#mergesTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(snapshot(robot, "duplicates-history.png")).isRegularFile();
    }

    @Test
    void counterPlaceholder(FxRobot robot) throws IOException, TimeoutException {
        show(robot, FakeUiContext.demoPharmacy());
        robot.clickOn("#navCounter");
        WaitForAsyncUtils.waitForFxEvents();

        StackPane content = robot.lookup("#content").queryAs(StackPane.class);
        assertThat(content.getChildren()).singleElement().extracting(Node::getId).isEqualTo("counterPlaceholder");
        assertThat(robot.lookup("#counterPlaceholderText").queryLabeled().getText())
                .isEqualTo(UiText.PLACEHOLDER_COUNTER_TEXT.text());
        assertThat(robot.lookup("#counterPlaceholder").lookup(UiText.NAV_COUNTER.text()).tryQuery()).isPresent();
        assertThat(robot.lookup("#patientSearchField").tryQuery()).isEmpty();
        assertRenderedScreen(snapshotRead(robot, "counter.png"));
    }

    /**
     * The PNG as written, read back: the scene's size, and a drawn screen rather than a blank one — text and
     * controls give hundreds of distinct colours, a blank or single-colour snapshot gives a handful.
     */
    private static void assertRenderedScreen(BufferedImage png) {
        assertThat(png.getWidth()).isEqualTo((int) AppRoot.WIDTH);
        assertThat(png.getHeight()).isEqualTo((int) AppRoot.HEIGHT);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 2) {
            for (int x = 0; x < png.getWidth(); x += 2) {
                colours.add(png.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).as("distinct colours in the snapshot").hasSizeGreaterThan(32);
    }

    private BufferedImage snapshotRead(FxRobot robot, String name) throws IOException {
        Path file = snapshot(robot, name);
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png).as(file + " is a PNG").isNotNull();
        return png;
    }

    private void show(FxRobot robot, FakeUiContext context) throws TimeoutException {
        robot.interact(() -> {
            AppRoot root = new AppRoot(context);
            Scene scene = root.scene();
            stage.setScene(scene);
            stage.titleProperty().bind(root.titleProperty());
            // The stage was shown before it had a scene: resize it, or clicks outside its first size are lost.
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
        });
        WindowOpening.awaitFirstScreen();
    }

    private Path snapshot(FxRobot robot, String name) throws IOException {
        WritableImage image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Snapshot failed", e);
        }
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(DIRECTORY);
        Path file = DIRECTORY.resolve(name);
        ImageIO.write(png, "png", file.toFile());
        return file;
    }

    private static SegurService<?> module() {
        return TestModule.unused("ins", InsiPort.class).named("Téléservice INSi")
                .health(() -> Health.up("Bac à sable joignable (127.0.0.1)", Instant.now()));
    }
}
