package fr.galien.app.ui;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.FxDialogService;
import fr.galien.app.ui.common.Styles;
import fr.galien.app.ui.firstrun.FirstRunView;
import fr.galien.app.ui.firstrun.FirstRunViewModel;
import fr.galien.app.ui.shell.MainWindow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * What the window shows: the first-run screen while there is no practice, then the main window. Built without
 * launching JavaFX's {@code Application}, so TestFX can put it in any stage.
 */
public final class AppRoot {

    public static final double WIDTH = 1200;
    public static final double HEIGHT = 760;

    private final UiContext context;
    private final DialogService dialogs;
    private final StackPane root = new StackPane();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private MainWindow mainWindow;

    public AppRoot(UiContext context) {
        this(context, null);
    }

    /** @param dialogs null for the JavaFX dialogs owned by this window; a fake in tests */
    public AppRoot(UiContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(this::window);
        root.setId("appRoot");
        if (context.practice().isPresent()) {
            showMain();
        } else {
            showFirstRun();
        }
    }

    /** A scene with the stylesheet, sized for a 1280×800 screen. */
    public static Scene scene(UiContext context) {
        return new AppRoot(context).scene();
    }

    public Scene scene() {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Styles.apply(scene);
        return scene;
    }

    private void showFirstRun() {
        FirstRunViewModel viewModel = new FirstRunViewModel(context.practiceSetup(), context.tasks(), dialogs);
        FirstRunView view = new FirstRunView(viewModel);
        viewModel.setOnCreated(practice -> showMain());
        root.getChildren().setAll(view.node());
        title.set(UiText.WINDOW_TITLE_FIRST_RUN.text());
        view.focus();
    }

    private void showMain() {
        mainWindow = MainWindow.create(context, dialogs);
        root.getChildren().setAll(mainWindow.root());
        title.set(mainWindow.title());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    /** The window title: "Galien — Premier démarrage", then "Galien — <practice>". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
