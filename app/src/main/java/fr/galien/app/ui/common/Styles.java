package fr.galien.app.ui.common;

import java.util.Objects;
import javafx.scene.Scene;

/** The app's one stylesheet. */
public final class Styles {

    private static final String SHEET = "/fr/galien/app/ui/galien.css";

    private Styles() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(Styles.class.getResource(SHEET), SHEET).toExternalForm());
    }
}
