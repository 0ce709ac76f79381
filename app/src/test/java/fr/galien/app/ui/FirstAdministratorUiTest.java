package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.GalienRuntime;
import fr.galien.app.GalienUiContext;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Role;
import fr.galien.core.storage.DatabaseSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
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
 * First run of a real practice on an empty data directory (real H2, real AccountService with PBKDF2), through the
 * headless window: create the pharmacy, then its first administrator, then log in with that account.
 */
@ExtendWith(ApplicationExtension.class)
class FirstAdministratorUiTest {

    private static final long WAIT_SECONDS = 30;
    private static final String PASSWORD = "Les tilleuls fleurissent 42";

    @TempDir
    Path dataDir;

    private GalienRuntime runtime;
    private GalienUiContext context;

    @Start
    void start(Stage stage) {
        // Opened off the FX thread, as the CLI does before the window exists (FxThreadJdbcGuard forbids JDBC there).
        runtime = CompletableFuture.supplyAsync(() -> GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir)))
                .join();
        context = new GalienUiContext(runtime, new FxTaskExecutor());
        GalienFx.show(stage, context);
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @AfterEach
    void close() {
        context.tasks().close();
        context.close();
        runtime.close();
    }

    @Test
    void aPharmacyAndItsFirstAdministratorCreatedThroughTheWindowCanLogIn(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#profileOfficine");
        robot.clickOn("#practiceNameField").write("Pharmacie des Quatre Chemins");
        robot.clickOn("#createPracticeButton");
        waitUntil(() -> robot.lookup("#adminLoginField").tryQuery().isPresent());
        assertThat(robot.lookup("#adminRoleLabel").queryAs(Label.class).getText())
                .contains(Role.PHARMACIEN_TITULAIRE.label());

        robot.clickOn("#adminLoginField").write("claire.martin");
        robot.clickOn("#adminDisplayNameField").write("Claire Martin");
        robot.clickOn("#adminPasswordField").write("trop court");
        robot.clickOn("#adminConfirmationField").write("trop court");
        robot.clickOn("#createAdministratorButton");
        Label passwordError = robot.lookup("#adminPasswordFieldError").queryAs(Label.class);
        waitUntil(() -> !passwordError.getText().isEmpty());
        assertThat(passwordError.getText()).isEqualTo("Le mot de passe doit compter au moins 15 caractères.");

        robot.doubleClickOn("#adminPasswordField").eraseText(20).write(PASSWORD);
        robot.doubleClickOn("#adminConfirmationField").eraseText(20).write(PASSWORD);
        robot.clickOn("#createAdministratorButton");
        waitUntil(() -> robot.lookup("#localSignInButton").tryQuery().isPresent());
        assertThat(runtime.accounts().hasAccounts()).isTrue();

        robot.clickOn("#loginField").write("claire.martin");
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#localSignInButton");
        waitUntil(() -> robot.lookup("#patientSearchField").tryQuery().isPresent());
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).isEqualTo("Connecté : Claire Martin");
        assertThat(runtime.practice()).hasValueSatisfying(practice ->
                assertThat(practice.profile()).isEqualTo(PracticeProfile.OFFICINE));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
