package fr.galien.app.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window reads the practice in the background before its first screen ({@link AppRoot} shows
 * {@code #openingPane} meanwhile): UI tests wait for that screen before they click.
 */
public final class WindowOpening {

    private static final long WAIT_SECONDS = 30;

    private WindowOpening() {
    }

    public static void awaitFirstScreen() throws TimeoutException {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#openingPane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
