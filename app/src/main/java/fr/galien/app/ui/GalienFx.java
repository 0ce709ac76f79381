package fr.galien.app.ui;

import fr.galien.app.ui.common.FxTaskExecutor;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the JavaFX window. The jar's {@code Main} is not an {@link Application} (JavaFX on the class path refuses
 * that), so it calls {@link #launch(UiContext)}, which blocks until the window is closed.
 */
public final class GalienFx {

    /**
     * JavaFX builds the Application itself by reflection, so the context is handed over through this one slot,
     * set once just before launching; it is not a service locator (nothing else reads it).
     */
    private static final AtomicReference<UiContext> PENDING = new AtomicReference<>();

    private GalienFx() {
    }

    /** Shows the first-run screen or the main window over {@code context}; returns when the window is closed. */
    public static void launch(UiContext context) {
        Objects.requireNonNull(context, "context");
        if (!PENDING.compareAndSet(null, context)) {
            throw new IllegalStateException("The Galien window is already launched");
        }
        Application.launch(FxApp.class);
    }

    /** Puts the app in {@code stage} (also what TestFX uses, with a fake context). */
    public static AppRoot show(Stage stage, UiContext context) {
        AppRoot root = new AppRoot(context);
        stage.setScene(root.scene());
        stage.titleProperty().bind(root.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // Closing the window never loses an edit: the work asks first, and the window closes only once it may.
        stage.setOnCloseRequest(event -> {
            event.consume();
            root.requestClose(stage::close);
        });
        stage.show();
        return root;
    }

    /** The JavaFX application; public because JavaFX instantiates it. */
    public static final class FxApp extends Application {

        @Override
        public void start(Stage stage) {
            FxTaskExecutor.toolkitStarted();
            UiContext context = PENDING.get();
            show(stage, context);
            stage.setOnHidden(event -> Platform.exit());
            // The start-up figure (issue 10: time to window), measured from the JVM's start.
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            org.slf4j.LoggerFactory.getLogger(GalienFx.class).info("Window shown {} ms after the JVM started", uptime);
            if (Boolean.getBoolean("galien.startupTiming")) {
                System.err.println("galien.startup.windowShownMs=" + uptime);
            }
        }

        @Override
        public void stop() {
            UiContext context = PENDING.get();
            if (context != null) {
                context.tasks().close();
            }
        }
    }

    /**
     * Shows only an error box (Galien could not open its data: lock held, corrupt file…) and returns when it is
     * closed. For a user who started Galien from an icon and never sees the terminal. Same once-per-JVM rule.
     */
    public static void launchFatal(String message) {
        Objects.requireNonNull(message, "message");
        if (!PENDING_FATAL.compareAndSet(null, message)) {
            throw new IllegalStateException("The Galien window is already launched");
        }
        Application.launch(FatalApp.class);
    }

    private static final AtomicReference<String> PENDING_FATAL = new AtomicReference<>();

    /** The error-only application; public because JavaFX instantiates it. */
    public static final class FatalApp extends Application {

        @Override
        public void start(Stage stage) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.ERROR, PENDING_FATAL.get());
            alert.setTitle("Galien ne peut pas démarrer");
            alert.setHeaderText("Galien ne peut pas ouvrir ses données");
            alert.getDialogPane().setMinWidth(560);
            alert.showAndWait();
            Platform.exit();
        }
    }
}
