package fr.galien.app.ui;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.UnsavedEdits;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.FxDebouncer;
import fr.galien.app.ui.common.FxDialogService;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.duplicates.DuplicatesView;
import fr.galien.app.ui.duplicates.DuplicatesViewModel;
import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.app.ui.owners.OwnersArea;
import fr.galien.app.ui.patients.PatientsArea;
import fr.galien.app.ui.services.ServicesView;
import fr.galien.app.ui.services.ServicesViewModel;
import fr.galien.app.ui.shell.NavArea;
import fr.galien.app.ui.shell.ShellViewModel;
import fr.galien.core.domain.Practice;
import fr.galien.core.security.Action;
import fr.galien.core.security.Authorization;
import fr.galien.core.security.Caller;
import fr.galien.core.spi.SegurService;
import java.util.List;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's content: navigation on the left (adapted to the profile), the current area in the middle, the
 * status bar at the bottom (practice, user, workstation, busy indicator, sandbox/production badge).
 */
public final class MainWindow {

    private final UiContext context;
    private final DialogService dialogs;
    private final ShellViewModel shell;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<NavArea, Supplier<Node>> builders = new EnumMap<>(NavArea.class);
    private final Map<NavArea, Node> built = new EnumMap<>(NavArea.class);
    private final Caller caller;
    private final Node sessionStatus;
    private PatientsArea patients;
    private OwnersArea owners;
    private DuplicatesViewModel duplicates;
    private fr.galien.app.ui.messaging.MessagingViewModel messaging;
    private fr.galien.app.ui.counter.CounterViewModel counterViewModel;
    private fr.galien.app.ui.counter.CounterView counterView;
    private fr.galien.app.ui.prescription.ConsultationArea consultation;

    private MainWindow(UiContext context, DialogService dialogs, Caller caller, Node sessionStatus, Node banner) {
        this.context = context;
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(this::window);
        this.caller = caller;
        this.sessionStatus = sessionStatus;
        Practice practice = context.practice().orElseThrow(() ->
                new IllegalStateException("The main window needs a practice: show the first-run screen first"));
        this.shell = new ShellViewModel(practice, context.sandboxMode(),
                sessionStatus == null ? context.userDisplayName() : caller.displayName(),
                context.workstationDisplayName(), caller.role());
        root.setId("mainWindow");
        content.setId("content");
        content.getStyleClass().add("content");
        registerAreas();
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar());
        if (banner != null) {
            root.setTop(banner);
        }
        shell.currentProperty().addListener((obs, before, now) -> show(now));
        show(shell.currentProperty().get());
    }

    /** The main window over {@code context}, whose practice must exist; dialogs are owned by its window. */
    public static MainWindow create(UiContext context) {
        return new MainWindow(context, null, context.caller(), null, null);
    }

    /** Same, with another dialog service (tests). */
    public static MainWindow create(UiContext context, DialogService dialogs) {
        return new MainWindow(context, dialogs, context.caller(), null, null);
    }

    /**
     * The main window of one logged-in user: every registry call carries {@code caller}; {@code sessionStatus}
     * replaces the user label of the status bar and {@code banner} (re-authentication) sits above the work.
     */
    public static MainWindow forUser(UiContext context, DialogService dialogs, Caller caller, Node sessionStatus,
                                     Node banner) {
        return new MainWindow(context, dialogs, caller, sessionStatus, banner);
    }

    private void registerAreas() {
        builders.put(NavArea.PATIENTS, () -> {
            patients = new PatientsArea(context.patients(), identityOfHumans(), caller, context.tasks(), dialogs,
                    FxDebouncer.forTyping());
            if (Authorization.allows(caller, Action.CLINICAL_READ)) {
                context.documents().ifPresent(documents ->
                        patients.addDocuments(documents, caller, context.tasks(), dialogs));
            }
            dmpOfHumans().ifPresent(dmp -> patients.addDmp(dmp, caller, context.tasks(), dialogs));
            return patients.node();
        });
        builders.put(NavArea.DUPLICATES, () -> {
            duplicates = new DuplicatesViewModel(context.duplicates(), caller, context.tasks(), dialogs,
                    ZoneId.systemDefault());
            return new DuplicatesView(duplicates).node();
        });
        builders.put(NavArea.OWNERS_ANIMALS, () -> {
            owners = new OwnersArea(context.owners(), caller, context.tasks(), dialogs,
                    FxDebouncer.forTyping());
            return owners.node();
        });
        builders.put(NavArea.COUNTER, () -> context.counter().map(counterContext -> {
            counterViewModel = new fr.galien.app.ui.counter.CounterViewModel(counterContext, caller,
                    context.tasks(), java.time.Clock.systemDefaultZone());
            counterView = new fr.galien.app.ui.counter.CounterView(counterViewModel);
            counterViewModel.refreshPending();
            return counterView.node();
        }).orElseGet(() -> PlaceholderPane.of("counterPlaceholder",
                UiText.NAV_COUNTER.text(), UiText.PLACEHOLDER_COUNTER_TEXT.text())));
        builders.put(NavArea.CONSULTATION, () -> context.prescribing().map(prescribing -> {
            boolean animals = context.practice().map(p -> p.profile().treatsAnimals()).orElse(false);
            consultation = animals
                    ? fr.galien.app.ui.prescription.ConsultationArea.forAnimals(context.owners(), prescribing,
                            caller, context.tasks(), dialogs, FxDebouncer.forTyping(),
                            java.time.Clock.systemDefaultZone())
                    : fr.galien.app.ui.prescription.ConsultationArea.forPatients(context.patients(), prescribing,
                            caller, context.tasks(), dialogs, FxDebouncer.forTyping(),
                            java.time.Clock.systemDefaultZone(),
                            () -> shell.currentProperty().set(NavArea.PATIENTS));
            return consultation.node();
        }).orElseGet(() -> PlaceholderPane.of("consultationPlaceholder",
                UiText.NAV_CONSULTATION.text(), context.practice().map(p -> p.profile().treatsAnimals())
                        .orElse(false) ? UiText.PLACEHOLDER_CONSULTATION_VET_TEXT.text()
                        : UiText.PLACEHOLDER_CONSULTATION_TEXT.text())));
        builders.put(NavArea.MESSAGING, () -> context.messaging().map(messaging -> {
            this.messaging = new fr.galien.app.ui.messaging.MessagingViewModel(messaging, caller, context.tasks(),
                    dialogs, ZoneId.systemDefault());
            return new fr.galien.app.ui.messaging.MessagingView(this.messaging).node();
        }).orElseGet(() -> PlaceholderPane.of("messagingPlaceholder", fr.galien.app.ui.messaging.MessagingText.NAV
                .text(), fr.galien.app.ui.messaging.MessagingText.NOT_AVAILABLE.text())));
        builders.put(NavArea.SERVICES, () -> new ServicesView(new ServicesViewModel(installedModules(), context::moduleHealth,
                context.infrastructureProbes(), context.tasks())).node());
    }

    /** The modules this practice uses: a vet clinic has no Ségur service (decisions.md). */
    private List<SegurService<?>> installedModules() {
        return context.practice().map(practice -> context.segurServices().serving(practice.profile()))
                .orElseGet(() -> context.segurServices().all());
    }

    /** The RNIV identity applies to human patients only: a vet practice's Patients area has no identity panel. */
    /** The DMP exists for humans only (decisions.md: vets have no DMP). */
    private Optional<fr.galien.app.ui.dmp.DmpContext> dmpOfHumans() {
        boolean humans = context.practice().map(practice -> !practice.profile().treatsAnimals()).orElse(true);
        return humans ? context.dmp() : Optional.empty();
    }

    private Optional<IdentityContext> identityOfHumans() {
        boolean humans = context.practice().map(practice -> !practice.profile().treatsAnimals()).orElse(true);
        return humans ? context.identity() : Optional.empty();
    }

    private void show(NavArea area) {
        Node node = built.computeIfAbsent(area, key -> builders.get(key).get());
        content.getChildren().setAll(node);
        if (area == NavArea.PATIENTS && patients != null) {
            patients.focus();
        } else if (area == NavArea.OWNERS_ANIMALS && owners != null) {
            owners.focus();
        } else if (area == NavArea.MESSAGING && messaging != null) {
            messaging.refresh();
        } else if (area == NavArea.COUNTER && counterView != null) {
            counterView.focus(); // the scan field: a scanner may type at once
        } else if (area == NavArea.CONSULTATION && consultation != null) {
            consultation.focus();
        } else if (area == NavArea.DUPLICATES && duplicates != null) {
            duplicates.refresh(); // patients may have been created or edited since the area was last shown
        }
    }

    /** The keyboard goes to the shown area's work field: the search, or the first field of the open file. */
    public void focusWork() {
        NavArea area = shell.currentProperty().get();
        if (area == NavArea.PATIENTS && patients != null) {
            patients.focusWork();
        } else if (area == NavArea.OWNERS_ANIMALS && owners != null) {
            owners.focusWork();
        } else {
            content.requestFocus();
        }
    }

    private Node navigation() {
        Label brand = new Label("Galien");
        brand.getStyleClass().add("nav-brand");
        Label practice = new Label(shell.practiceName());
        practice.setId("navPracticeName");
        practice.getStyleClass().add("nav-practice");
        VBox nav = new VBox(brand, practice);
        nav.setId("navigation");
        nav.getStyleClass().add("nav");
        ToggleGroup group = new ToggleGroup();
        for (NavArea area : shell.areas()) {
            ToggleButton button = new ToggleButton(area.label());
            button.setId(area.nodeId());
            button.getStyleClass().add("nav-button");
            button.setUserData(area);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setSelected(area == shell.currentProperty().get());
            nav.getChildren().add(button);
        }
        if (sessionStatus != null) {
            // Who is logged in and the session's buttons sit at the foot of the navigation, where a long name wraps.
            Region push = new Region();
            VBox.setVgrow(push, Priority.ALWAYS);
            nav.getChildren().addAll(push, sessionStatus);
        }
        group.selectedToggleProperty().addListener((obs, before, now) -> {
            if (reselecting) {
                return;
            }
            if (now == null) {
                reselect(group, before); // one area is always shown
                return;
            }
            NavArea target = (NavArea) now.getUserData();
            if (target == shell.currentProperty().get()) {
                return;
            }
            UnsavedEdits edits = unsavedEditsOf(shell.currentProperty().get());
            if (!edits.hasUnsavedEdits()) {
                shell.currentProperty().set(target);
                return;
            }
            // The area changes only once its edits are saved or dropped; until then (or on « Annuler ») the
            // current area stays selected.
            reselect(group, before);
            edits.leave(() -> {
                reselect(group, now);
                shell.currentProperty().set(target);
            });
        });
        return nav;
    }

    private boolean reselecting;

    private void reselect(ToggleGroup group, javafx.scene.control.Toggle toggle) {
        reselecting = true;
        try {
            group.selectToggle(toggle);
        } finally {
            reselecting = false;
        }
    }

    private UnsavedEdits unsavedEditsOf(NavArea area) {
        if (area == NavArea.PATIENTS && patients != null) {
            return patients.unsavedEdits();
        }
        if (area == NavArea.OWNERS_ANIMALS && owners != null) {
            return owners.unsavedEdits();
        }
        return UnsavedEdits.NONE;
    }

    /**
     * The unsaved edits of this user's work: the file open in the Patients or « Clients et animaux » area (only the
     * shown area can hold any, since changing area asks first). Closing the window and « Se déconnecter » ask here.
     */
    public UnsavedEdits unsavedEdits() {
        return UnsavedEdits.both(unsavedEditsOf(NavArea.PATIENTS), unsavedEditsOf(NavArea.OWNERS_ANIMALS));
    }

    private Node statusBar() {
        Label practice = statusLabel("statusPractice", shell.practiceText());
        Label user = statusLabel("statusUser", shell.userText());
        Label workstation = statusLabel("statusWorkstation", shell.workstationText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        FxTaskExecutor tasks = context.tasks();
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busyIndicator");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(tasks.busyProperty());
        Label busyText = statusLabel("busyText", "");
        busyText.textProperty().bind(tasks.currentTitleProperty());
        busyText.visibleProperty().bind(tasks.busyProperty());

        Label badge = new Label(shell.badgeText());
        badge.setId("modeBadge");
        badge.getStyleClass().addAll("badge", shell.sandbox() ? "badge-sandbox" : "badge-production");
        badge.setTooltip(new Tooltip(shell.badgeTooltip()));
        // The mode badge must always be readable: labels before it shrink, never the badge.
        badge.setMinWidth(Region.USE_PREF_SIZE);
        workstation.setMinWidth(Region.USE_PREF_SIZE);

        // With a session, the practice name and the user are in the navigation: the bar keeps the workstation,
        // the work under way and the mode. Texts that may be long give way (the busy text) rather than the window.
        busyText.setMinWidth(0);
        HBox bar = sessionStatus != null ? new HBox(10, workstation, spacer, busy, busyText, badge)
                : new HBox(10, practice, user, workstation, spacer, busy, busyText, badge);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label statusLabel(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("status-text");
        return label;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    /** "Galien — <practice>". */
    public String title() {
        return shell.windowTitle();
    }

    public ShellViewModel shell() {
        return shell;
    }
}
