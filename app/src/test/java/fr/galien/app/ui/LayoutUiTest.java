package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.Styles;
import fr.galien.app.ui.fake.DemoPatients;
import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.security.Role;
import fr.galien.core.security.Caller;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at 1,024 and 1,366 px wide (768 high): no {@code Labeled} shows its text cut with an ellipsis, the
 * navigation and the file's « Enregistrer » are inside the window, a long user name does not push the layout wider
 * than the window. Snapshots under {@code target/screenshots/layout-<width>-<screen>.png}.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutUiTest {

    private static final Path DIRECTORY = Path.of("target", "screenshots");
    private static final double HEIGHT = 768;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 1366})
    void loginScreen(int width, FxRobot robot) throws Exception {
        FakeUiContext context = FakeUiContext.demoPharmacy().signedOut();
        context.sessions.demoAccounts = List.of(
                new fr.galien.app.ui.session.DemoAccount("899900000001", "Claire TITULAIRETEST — pharmacien titulaire"),
                new fr.galien.app.ui.session.DemoAccount("899900000002", "Julien ADJOINTTEST — pharmacien adjoint"));
        show(robot, context, width);
        check(width, "login");
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 1366})
    void firstRun(int width, FxRobot robot) throws Exception {
        show(robot, FakeUiContext.firstRun(), width);
        check(width, "first-run");
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 1366})
    void patientsListAndFileWithALongUserName(int width, FxRobot robot) throws Exception {
        FakeUiContext context = FakeUiContext.demoPharmacy().signedInAs(UserSession.local(new Caller("local:long",
                "Marie-Bernadette Delacroix-Vandenberghe de Saint-Exupéry", Role.PHARMACIEN_TITULAIRE, "poste-test"),
                "long", ""));
        DemoPatients.seed(context.registry);
        show(robot, context, width);
        robot.clickOn("#patientSearchField").write("d");
        TableView<?> table = robot.lookup("#patientTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        check(width, "patients");

        robot.clickOn("#newPatientButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#savePatientButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        check(width, "patient-form");
        assertInsideWindow(robot.lookup("#savePatientButton").query());
        assertInsideWindow(robot.lookup("#closePatientButton").query());
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 1366})
    void servicesAndDuplicates(int width, FxRobot robot) throws Exception {
        FakeUiContext context = FakeUiContext.demoPharmacy();
        context.duplicates.add("DUPONT", "Marie Claire", "1980-03-12",
                new fr.galien.core.domain.Contact("06 00 00 00 01", null, "1 rue des Lilas", "35000", "Rennes"));
        context.duplicates.add("DUPOND", "Marie Claire", "1980-03-12", fr.galien.core.domain.Contact.NONE);
        show(robot, context, width);
        robot.clickOn("#navServices");
        WaitForAsyncUtils.waitForFxEvents();
        check(width, "services");
        robot.clickOn("#navDuplicates");
        TableView<?> pairs = robot.lookup("#duplicatePairsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pairs.getItems().size() == 1);
        robot.clickOn(robot.lookup("#duplicatePairsTable .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        check(width, "duplicates");
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 1366})
    void vetClinicClientsFile(int width, FxRobot robot) throws Exception {
        FakeUiContext context = FakeUiContext.demoVeterinary();
        show(robot, context, width);
        check(width, "vet-clients");
        robot.clickOn("#newOwnerButton");
        WaitForAsyncUtils.waitForFxEvents();
        check(width, "vet-client-file");
    }

    private void check(int width, String screen) throws IOException {
        snapshot(width, screen);
        Scene scene = stage.getScene();
        List<String> truncated = new ArrayList<>();
        collectTruncated(scene.getRoot(), truncated);
        assertThat(truncated).as("truncated labels on %s at %d px", screen, width).isEmpty();
        assertThat(scene.getRoot().minWidth(-1)).as("%s: the layout's minimum width at %d px", screen, width)
                .isLessThanOrEqualTo(width);
        robot(() -> {
            for (String id : List.of("#navigation", "#statusBar", "#content")) {
                Node node = scene.lookup(id);
                if (node != null) {
                    assertInsideWindow(node);
                }
            }
        });
    }

    private void assertInsideWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        assertThat(bounds.getMinX()).as("%s left edge", node.getId()).isGreaterThanOrEqualTo(-0.5);
        assertThat(bounds.getMaxX()).as("%s right edge", node.getId())
                .isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
        assertThat(bounds.getMaxY()).as("%s bottom edge", node.getId())
                .isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);
    }

    /** A visible Labeled whose rendered text is not its text: the skin cut it (ellipsis). */
    private static void collectTruncated(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && text.getText() != null && !text.getText().equals(labeled.getText())
                        && text.getText().endsWith(labeled.getEllipsisString())
                        && !labeled.getText().endsWith(labeled.getEllipsisString())) {
                    out.add((labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId())
                            + " « " + labeled.getText() + " » shown as « " + text.getText() + " »");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTruncated(child, out);
            }
        }
    }

    private void show(FxRobot robot, FakeUiContext context, int width) throws TimeoutException {
        robot.interact(() -> {
            AppRoot root = new AppRoot(context);
            Scene scene = new Scene(root.root(), width, HEIGHT);
            Styles.apply(scene);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
        });
        WindowOpening.awaitFirstScreen();
    }

    private void snapshot(int width, String screen) throws IOException {
        WritableImage image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Snapshot failed", e);
        }
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(DIRECTORY);
        ImageIO.write(png, "png", DIRECTORY.resolve("layout-" + width + "-" + screen + ".png").toFile());
    }

    private static void robot(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new IllegalStateException(e);
        }
    }
}
