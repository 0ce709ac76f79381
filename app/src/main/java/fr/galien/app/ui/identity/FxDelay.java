package fr.galien.app.ui.identity;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** A {@link Delay} on the FX timeline. */
public final class FxDelay implements Delay {

    @Override
    public void after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(0, delay.toMillis())));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }
}
