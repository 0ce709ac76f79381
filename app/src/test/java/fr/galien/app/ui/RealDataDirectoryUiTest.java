package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.GalienRuntime;
import fr.galien.app.GalienUiContext;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.common.PatientRow;
import fr.galien.core.account.NewAccount;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.DatabaseSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The whole app on a temporary data directory (real H2, real registry, real audit trail), driven through the
 * headless window: create a patient with the keyboard, find it by typing its first letters.
 */
@ExtendWith(ApplicationExtension.class)
class RealDataDirectoryUiTest {

    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dataDir;

    private GalienRuntime runtime;
    private GalienUiContext context;

    @Start
    void start(Stage stage) {
        // Prepared off the FX thread, as the CLI does before the window exists (FxThreadJdbcGuard forbids JDBC there).
        CompletableFuture.runAsync(this::prepareDataDirectory).join();
        GalienFx.show(stage, context);
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    private void prepareDataDirectory() {
        runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
        context = new GalienUiContext(runtime, new FxTaskExecutor());
        context.practiceSetup().create("Officine d'essai", PracticeProfile.OFFICINE);
        // The first administrator exists (else the window asks for it); the login below uses a stand-in checker.
        runtime.accounts().createFirstAdministrator(runtime.caller(),
                new NewAccount("agnes", "Agnès Essai", Role.PHARMACIEN_TITULAIRE, null),
                "Mot-de-passe-essai-42".toCharArray());
        context.useLocalAccounts((login, password, workstation) -> {
            if ("agnes".equals(login) && "mot-de-passe-essai".equals(new String(password))) {
                return new Caller("local:agnes", "Agnès Essai", Role.PHARMACIEN_TITULAIRE, workstation);
            }
            throw new SegurException(CoreError.CORE_0001, "identifiant");
        });
    }

    @AfterEach
    void close() {
        context.tasks().close();
        context.close();
        runtime.close();
    }

    @Test
    void aPatientCreatedThroughTheWindowIsStoredAuditedAndFoundByItsFirstLetters(FxRobot robot)
            throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#loginField").write("agnes");
        robot.clickOn("#passwordField").write("mot-de-passe-essai");
        robot.clickOn("#localSignInButton");
        waitUntil(() -> robot.lookup("#patientSearchField").tryQuery().isPresent());
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).isEqualTo("Connecté : Agnès Essai");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#birthNameField").tryQuery().isPresent());
        robot.clickOn("#birthNameField").write("Quéméner-D'Aulnay");
        robot.clickOn("#firstNamesField").write("Solène");
        robot.clickOn("#sexF");
        robot.clickOn("#birthDateField").write("03/11/1962");
        robot.clickOn("#birthPlaceCodeField").write("29019"); // rule 5 of the INS guide: a strict trait
        robot.clickOn("#savePatientButton");
        Label message = robot.lookup("#patientFormMessage").queryAs(Label.class);
        waitUntil(() -> "Dossier enregistré.".equals(message.getText()));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#patientSearchField").tryQuery().isPresent());
        robot.clickOn("#patientSearchField").write("quem");

        @SuppressWarnings("unchecked")
        TableView<PatientRow> table = robot.lookup("#patientTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).birthName()).isEqualTo("Quéméner-D'Aulnay");

        List<Patient> stored = runtime.patients().search(runtime.caller(), "daulnay 03/11/1962", 10);
        assertThat(stored).singleElement().extracting(Patient::firstNames).isEqualTo(List.of("Solène"));
        List<AuditRecord> trail = runtime.database().read(connection ->
                AuditQueries.forPatient(connection, stored.get(0).id(), 10));
        assertThat(trail).extracting(AuditRecord::action).contains(AuditAction.CREATE);
        assertThat(trail).extracting(AuditRecord::userId).contains("local:agnes");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
