package fr.galien.app.ui;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.FxDialogService;
import fr.galien.app.ui.common.Styles;
import fr.galien.app.ui.firstrun.FirstAdministratorView;
import fr.galien.app.ui.firstrun.FirstAdministratorViewModel;
import fr.galien.app.ui.firstrun.FirstRunView;
import fr.galien.app.ui.firstrun.FirstRunViewModel;
import fr.galien.app.ui.login.ExerciseChooser;
import fr.galien.app.ui.login.FxExerciseChooser;
import fr.galien.app.ui.login.IdleTimer;
import fr.galien.app.ui.login.LockView;
import fr.galien.app.ui.login.LockViewModel;
import fr.galien.app.ui.login.LoginText;
import fr.galien.app.ui.login.LoginView;
import fr.galien.app.ui.login.LoginViewModel;
import fr.galien.app.ui.login.SessionBar;
import fr.galien.app.ui.login.SessionBarViewModel;
import fr.galien.app.ui.login.WorkstationViewModel;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.app.ui.shell.MainWindow;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * What the window shows: the first-run screen while there is no practice, then the login screen, the logged-in
 * user's main window, or the lock screen ({@link WorkstationViewModel}). Built without launching JavaFX's
 * {@code Application}, so TestFX can put it in any stage.
 *
 * <p>Locking REPLACES the main window by the lock screen in the scene graph; each user's main window (open files,
 * unsaved edits) stays in memory and comes back when that user logs in or unlocks again.
 */
public final class AppRoot {

    public static final double WIDTH = 1200;
    public static final double HEIGHT = 760;

    private static final KeyCombination LOCK_SHORTCUT = new KeyCodeCombination(KeyCode.L,
            KeyCombination.SHORTCUT_DOWN);

    private final UiContext context;
    private final DialogService dialogs;
    private final ExerciseChooser exerciseChooser;
    private final Clock clock;
    private final StackPane root = new StackPane();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final Executor fxThread = Platform::runLater;
    private MainWindow mainWindow;
    private WorkstationViewModel<Workspace> workstation;
    private Timeline ticker;

    /** One user's work: their main window and its session status. */
    private record Workspace(MainWindow window, SessionBarViewModel bar) {
    }

    public AppRoot(UiContext context) {
        this(context, null);
    }

    /** @param dialogs null for the JavaFX dialogs owned by this window; a fake in tests */
    public AppRoot(UiContext context, DialogService dialogs) {
        this(context, dialogs, null, Clock.systemUTC());
    }

    /**
     * @param exerciseChooser null for the JavaFX dialog
     * @param clock           measures idle time (tests may pass a manual clock)
     */
    public AppRoot(UiContext context, DialogService dialogs, ExerciseChooser exerciseChooser, Clock clock) {
        this.context = context;
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(this::window);
        this.exerciseChooser = exerciseChooser != null ? exerciseChooser : new FxExerciseChooser(this::window);
        this.clock = clock;
        root.setId("appRoot");
        Optional<fr.galien.core.domain.Practice> practice = context.practice();
        if (practice.isEmpty()) {
            showFirstRun();
        } else if (administratorMissing(practice.get())) {
            showFirstAdministrator(practice.get());
        } else {
            start();
        }
    }

    /**
     * A real practice whose window was closed between "Créer l'officine" and "Compte administrateur": without this
     * step nobody could log in with a local account. One count query, like the practice read just before it.
     */
    private boolean administratorMissing(fr.galien.core.domain.Practice practice) {
        return !practice.demo() && context.sessions().isPresent() && context.firstAdministrator().needed();
    }

    private void showFirstAdministrator(fr.galien.core.domain.Practice practice) {
        FirstAdministratorViewModel viewModel = new FirstAdministratorViewModel(context.firstAdministrator(),
                context.tasks(), dialogs, practice);
        viewModel.setOnCreated(this::start);
        FirstAdministratorView view = new FirstAdministratorView(viewModel);
        StackPane page = new StackPane(view.node());
        page.getStyleClass().add("first-run");
        root.getChildren().setAll(page);
        title.set(UiText.WINDOW_TITLE_FIRST_RUN.text());
        view.focus();
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
        FirstRunViewModel viewModel = new FirstRunViewModel(context.practiceSetup(), context.firstAdministrator(),
                context.tasks(), dialogs);
        FirstRunView view = new FirstRunView(viewModel);
        viewModel.setOnCreated(practice -> start());
        root.getChildren().setAll(view.node());
        title.set(UiText.WINDOW_TITLE_FIRST_RUN.text());
        view.focus();
    }

    private void start() {
        Optional<SessionService> sessions = context.sessions();
        if (sessions.isEmpty()) {
            showMainWithoutLogin();
            return;
        }
        IdleTimer idle = new IdleTimer(clock, context.workstationSettings().lockDelay(),
                context.workstationSettings().logoutDelay());
        workstation = new WorkstationViewModel<>(sessions.get(), context.tasks(), dialogs, idle,
                user -> newWorkspace(sessions.get(), user));
        workstation.screenProperty().addListener((obs, before, now) -> render());
        watchActivity();
        context.openSession().ifPresentOrElse(workstation::signedIn, this::render);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private Workspace newWorkspace(SessionService sessions, UserSession user) {
        SessionBarViewModel bar = new SessionBarViewModel(user, sessions, context.tasks(), dialogs, fxThread);
        bar.setOnRenewed(renewed -> workstation.renewed(renewed));
        SessionBar view = new SessionBar(bar, () -> workstation.lock(), () -> workstation.switchUser(),
                () -> workstation.logout());
        MainWindow window = MainWindow.forUser(context, dialogs, user.caller(), view.status(), view.banner());
        return new Workspace(window, bar);
    }

    private void watchActivity() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (LOCK_SHORTCUT.match(event) && workstation.screen() == WorkstationViewModel.Screen.WORK) {
                event.consume();
                workstation.lock();
            }
        });
        root.addEventFilter(KeyEvent.ANY, this::activity);
        root.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        root.addEventFilter(ScrollEvent.ANY, this::activity);
    }

    private void activity(Event event) {
        workstation.activity();
    }

    private void tick() {
        workstation.tick();
        workstation.visibleWork().ifPresent(work -> work.bar().refresh());
    }

    private void render() {
        switch (workstation.screen()) {
            case LOGIN -> showLogin();
            case WORK -> showWork();
            case LOCKED -> showLock();
        }
    }

    private void showLogin() {
        SessionService sessions = context.sessions().orElseThrow();
        LoginViewModel viewModel = new LoginViewModel(sessions, context.tasks(), dialogs, exerciseChooser,
                fxThread);
        viewModel.setOnSignedIn(workstation::signedIn);
        String practice = context.practice().map(p -> p.name()).orElse("");
        LoginView view = new LoginView(viewModel, practice, workstation.usersWithKeptWork());
        root.getChildren().setAll(view.node());
        title.set(LoginText.WINDOW_TITLE.text());
        view.focus();
    }

    private void showWork() {
        Workspace work = workstation.visibleWork().orElseThrow();
        work.bar().replace(workstation.current());
        mainWindow = work.window();
        root.getChildren().setAll(mainWindow.root());
        title.set(mainWindow.title());
    }

    private void showLock() {
        LockViewModel viewModel = new LockViewModel(workstation.current(), context.sessions().orElseThrow(),
                context.tasks(), dialogs, fxThread);
        viewModel.setOnUnlocked(workstation::unlocked);
        viewModel.setOnSwitchUser(workstation::switchUser);
        LockView view = new LockView(viewModel);
        // Replace, never cover: the main window leaves the scene graph while locked.
        root.getChildren().setAll(view.node());
        view.focus();
    }

    private void showMainWithoutLogin() {
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

    /** The login, lock and user-switch state; empty before the practice exists or without sessions. */
    public Optional<WorkstationViewModel<?>> workstation() {
        return Optional.ofNullable(workstation);
    }

    /** The window title: "Galien — Premier démarrage", "Galien — Connexion", then "Galien — <practice>". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
