package fr.galien.app.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The counter without a mouse: scan, walk to a quantity, change it, F9 — the exécution goes out as typed. */
@ExtendWith(ApplicationExtension.class)
class CounterViewUiTest {

    private static final Caller PHARMACIST = Caller.pscProfessional("899900000001", "Claire Titulairetest",
            Role.PHARMACIEN_TITULAIRE, "comptoir-1");

    private CounterViewModelTest.FakeCounter context;
    private FxTaskExecutor tasks;

    @Start
    void start(Stage stage) {
        context = new CounterViewModelTest.FakeCounter();
        tasks = new FxTaskExecutor();
        CounterViewModel viewModel = new CounterViewModel(context, PHARMACIST, tasks,
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new CounterView(viewModel).node()), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void theWholeCounterTaskIsDoneWithTheKeyboard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#scanField").queryAs(TextField.class).isFocused());
        robot.write("01S2TBPZ2JCNZZYGHZ").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#counterHeading").queryAs(Label.class).getText().contains("01S2TBPZ2JCNZZYGHZ"));
        assertThat(robot.lookup("#scanField").queryAs(TextField.class).getText()).isEmpty();

        // Tab to the lines (first line selected), Down to line 2, Tab to its quantity: 1 instead of 1 (partial).
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.TAB);
        TextField give = robot.lookup("#giveQuantity").queryAs(TextField.class);
        waitUntil(give::isFocused);
        robot.write("1").type(KeyCode.ENTER);
        // Back on the lines: Up to line 1, Tab, quantity 1 of 2 (partial), then F9.
        robot.type(KeyCode.UP).type(KeyCode.TAB);
        waitUntil(give::isFocused);
        robot.write("1").type(KeyCode.F9);
        waitUntil(() -> !context.dispensed.isEmpty());

        assertThat(context.dispensed.get(0)).extracting(DispenseLine::lineNumber).containsExactly(1, 2);
        assertThat(context.dispensed.get(0)).extracting(DispenseLine::quantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.ONE, BigDecimal.ONE);
        waitUntil(() -> robot.lookup("#counterRemaining").queryAs(Label.class).getText().contains("ligne 1"));
        waitUntil(() -> robot.lookup("#scanField").queryAs(TextField.class).isFocused());
    }

    @Test
    void anUnknownScanSaysWhatWasRead(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#scanField").queryAs(TextField.class).isFocused());
        robot.write("bonjour").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#counterMessage").queryAs(Label.class).getText().contains("bonjour"));
        assertThat(context.fetched).isEmpty();
    }
}
