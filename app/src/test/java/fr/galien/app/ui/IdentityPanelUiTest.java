package fr.galien.app.ui;

import static fr.galien.core.testsupport.TestIdentities.insi;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeUiContext;
import fr.galien.app.ui.fake.IdentityTestBed;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.InsOid;
import fr.galien.core.port.InsiPort.InsIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The identity panel through the real JavaFX screens and dialogs (headless Monocle) over the real core on H2, with a
 * fake INSi: open a provisional patient, "Rechercher l'INS", accept the identity in the comparison (récupérée, the
 * strict traits become read-only), then "Vérifier une pièce d'identité…" (qualifiée), the history listing both.
 */
@ExtendWith(ApplicationExtension.class)
class IdentityPanelUiTest {

    private static final long WAIT_SECONDS = 20;
    private static final InsIdentity ADRTROIS = insi("ADRTROIS", List.of("DOMINIQUE"), Sex.F, "1997-02-26", "2A020",
            "297022A02077878", InsOid.NIR);

    @TempDir
    static Path directory;

    private IdentityTestBed bed;
    private Patient patient;

    @Start
    void start(Stage stage) {
        // The database is filled off the FX thread (FxThreadJdbcGuard forbids JDBC there).
        CompletableFuture.runAsync(() -> {
            bed = new IdentityTestBed(directory.resolve("identity-ui"));
            patient = bed.patient("ADRTROIS", List.of("Dominique"), Sex.F, "1997-02-26", "2A020");
        }).join();
        bed.insi.found("ADRTROIS", "DOMINIQUE", "2A020", ADRTROIS);
        GalienFx.show(stage, FakeUiContext.demoPharmacy().withIdentity(bed));
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aProvisionalPatientIsRecoveredThenQualifiedFromThePanel(FxRobot robot) throws TimeoutException {
        robot.clickOn("#patientSearchField").write("adrtrois");
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#patientTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        Label badge = robot.lookup("#identityStatusBadge").queryAs(Label.class);
        waitUntil(() -> "Identité provisoire".equals(badge.getText())
                && !robot.lookup("#searchInsButton").queryAs(Button.class).isDisabled());
        assertThat(badge.getStyleClass()).contains("identity-provisoire");
        assertThat(robot.lookup("#identityStatusValue").tryQuery()).isEmpty();

        robot.clickOn("#searchInsButton");
        waitUntil(() -> robot.lookup("#acceptInsiButton").tryQuery().isPresent());
        assertThat(robot.lookup("#replaceTraitsButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#acceptInsiButton");

        waitUntil(() -> "Identité récupérée".equals(badge.getText()));
        assertThat(badge.getStyleClass()).contains("identity-recuperee").doesNotContain("identity-provisoire");
        assertThat(robot.lookup("#identityMatricule").queryAs(Label.class).getText())
                .isEqualTo("2 97 02 2A 020 778 78");
        assertThat(robot.lookup("#birthNameField").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#strictTraitsLockedHint").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#validateDocumentButton");
        waitUntil(() -> robot.lookup("#document-CN").tryQuery().isPresent());
        assertThat(robot.lookup("#document-LECV").tryQuery()).isEmpty();
        robot.clickOn("#document-CN");
        robot.clickOn("#documentCheckedBox");
        robot.clickOn("#confirmDocumentButton");

        waitUntil(() -> "Identité qualifiée".equals(badge.getText()));
        assertThat(badge.getStyleClass()).contains("identity-qualifiee");
        @SuppressWarnings("unchecked")
        TableView<Object> history = robot.lookup("#identityHistory").queryAs(TableView.class);
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        assertThat(robot.lookup("#searchInsButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
