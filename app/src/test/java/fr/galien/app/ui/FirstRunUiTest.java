package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeUiContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        GalienFx.show(stage, FakeUiContext.firstRun());
    }

    @BeforeEach
    void awaitFirstScreen() throws TimeoutException {
        WindowOpening.awaitFirstScreen();
    }

    @Test
    void theDemoOpensTheMainWindowWithTheSandboxBadge(FxRobot robot) throws TimeoutException {
        assertThat(stage.getTitle()).isEqualTo("Galien — Premier démarrage");

        robot.clickOn("#demoButton");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#modeBadge").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#modeBadge").queryAs(Label.class).getText()).isEqualTo("Mode bac à sable");
        assertThat(stage.getTitle()).isEqualTo("Galien — Pharmacie des Tilleuls (démo)");
    }

    @Test
    void aBlankNameIsRefusedNextToTheField(FxRobot robot) {
        robot.clickOn("#createPracticeButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#practiceNameFieldError").queryAs(Label.class).getText())
                .isEqualTo("Indiquez le nom de l'établissement.");
    }
}
