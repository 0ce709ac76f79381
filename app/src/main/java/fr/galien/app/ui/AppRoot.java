package fr.galien.app.ui;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.FxDialogService;
import fr.galien.app.ui.common.Styles;
import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.UnsavedEdits;
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
import fr.galien.app.ui.login.WorkstationSettings;
import fr.galien.app.ui.login.WorkstationViewModel;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.domain.Practice;
import fr.galien.core.task.BackgroundTask;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
    private final StringProperty openingText = new SimpleStringProperty(this, "openingText", "");
    /** The practice's name as read when the window opened, for the login screen. */
    private String practiceName = "";
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
        open();
    }

    /**
     * What the window needs before its first screen, read once in the background (never on the FX thread): the
     * practice, whether its first administrator is still missing, and this workstation's lock and logout delays.
     */
    private record Opening(Optional<Practice> practice, boolean administratorMissing, java.time.Duration lockDelay,
                           java.time.Duration logoutDelay) {
    }

    /** Shows "Ouverture…" and reads the {@link Opening} off the FX thread, then the screen it calls for. */
    private void open() {
        showOpening();
        context.tasks().execute(BackgroundTask.of(UiText.OPENING.text(), this::readOpening)
                .onSuccess(this::opened)
                .onFailure(error -> {
                    openingText.set(UiText.OPENING_FAILED.text());
                    dialogs.showError(error);
                }));
    }

    /** Off the FX thread. */
    private Opening readOpening() {
        // The window is on screen already; the demo data, simulators and modules may still be starting.
        context.awaitStarted();
        Optional<Practice> practice = context.practice();
        if (practice.isEmpty()) {
            return new Opening(practice, false, WorkstationSettings.DEFAULT_LOCK_DELAY,
                    WorkstationSettings.DEFAULT_LOGOUT_DELAY);
        }
        Optional<SessionService> sessions = context.sessions();
        // A real practice whose window was closed between "Créer l'officine" and "Compte administrateur": without
        // that step nobody could log in with a local account.
        boolean administratorMissing = !practice.get().demo() && sessions.isPresent()
                && context.firstAdministrator().needed();
        WorkstationSettings workstation = context.workstationSettings();
        return new Opening(practice, administratorMissing, workstation.lockDelay(), workstation.logoutDelay());
    }

    private void opened(Opening opening) {
        practiceName = opening.practice().map(Practice::name).orElse("");
        if (opening.practice().isEmpty()) {
            showFirstRun();
        } else if (opening.administratorMissing()) {
            showFirstAdministrator(opening.practice().get());
        } else {
            start(opening.lockDelay(), opening.logoutDelay());
        }
    }

    private void showOpening() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label text = new Label();
        text.setId("openingText");
        text.textProperty().bind(openingText);
        openingText.set(UiText.OPENING.text());
        VBox page = new VBox(16, progress, text);
        page.setId("openingPane");
        page.setAlignment(Pos.CENTER);
        root.getChildren().setAll(page);
        title.set(UiText.WINDOW_TITLE_OPENING.text());
    }

    private void showFirstAdministrator(Practice practice) {
        FirstAdministratorViewModel viewModel = new FirstAdministratorViewModel(context.firstAdministrator(),
                context.tasks(), dialogs, practice);
        viewModel.setOnCreated(this::open);
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
        viewModel.setOnCreated(practice -> open());
        root.getChildren().setAll(view.node());
        title.set(UiText.WINDOW_TITLE_FIRST_RUN.text());
        view.focus();
    }

    private void start(java.time.Duration lockDelay, java.time.Duration logoutDelay) {
        Optional<SessionService> sessions = context.sessions();
        if (sessions.isEmpty()) {
            showMainWithoutLogin();
            return;
        }
        IdleTimer idle = new IdleTimer(clock, lockDelay, logoutDelay);
        workstation = new WorkstationViewModel<>(sessions.get(), context.tasks(), dialogs, idle,
                user -> newWorkspace(sessions.get(), user));
        workstation.setUnsavedWork(work -> work.window().unsavedEdits().hasUnsavedEdits());
        workstation.setLeaveWork((work, then) -> work.window().unsavedEdits().leave(then));
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
        LoginView view = new LoginView(viewModel, practiceName, workstation.usersWithKeptWork());
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
        // After login, unlock or change of user the keyboard goes to the work (the search, or the open file),
        // never to the navigation: typed letters and Entrée act at once.
        mainWindow.focusWork();
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
        mainWindow.focusWork();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * Closing the window: the work on screen asks about its unsaved edits (« Enregistrer / Ne pas enregistrer /
     * Annuler »), then, when other users' work kept aside holds unsaved edits (lock, « Changer d'utilisateur »),
     * one confirmation names them. {@code close} runs only when everything was saved, dropped or confirmed.
     */
    public void requestClose(Runnable close) {
        UnsavedEdits shown = mainWindow == null ? UnsavedEdits.NONE : mainWindow.unsavedEdits();
        if (workstation != null) {
            shown = workstation.visibleWork().map(work -> work.window().unsavedEdits()).orElse(UnsavedEdits.NONE);
        }
        shown.leave(() -> {
            java.util.List<String> others = workstation == null ? java.util.List.of()
                    : workstation.otherUsersWithUnsavedWork();
            if (others.isEmpty() || dialogs.confirm(UiText.UNSAVED_TITLE.text(),
                    UiText.UNSAVED_KEPT_WORK.text(String.join(", ", others)), UiText.UNSAVED_CLOSE_ANYWAY.text())) {
                close.run();
            }
        });
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
