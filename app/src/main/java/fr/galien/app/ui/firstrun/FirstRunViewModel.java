package fr.galien.app.ui.firstrun;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.DialogService;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.ValidationException;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run: the practice's profile and name, then its first administrator account (a real practice whose database
 * has no account yet); or a demo practice of the chosen kind, pharmacy by default.
 */
public final class FirstRunViewModel {

    /** Long enough for "Pharmacie mutualiste de la Grande Rue et des Quatre Chemins", short enough for a title bar. */
    public static final int NAME_MAX = 120;

    private final PracticeSetup setup;
    private final FirstAdministrator administrator;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final ObjectProperty<PracticeProfile> profile =
            new SimpleObjectProperty<>(this, "profile", PracticeProfile.OFFICINE);
    private final ObjectProperty<PracticeProfile> demoProfile =
            new SimpleObjectProperty<>(this, "demoProfile", PracticeProfile.OFFICINE);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<FirstAdministratorViewModel> administratorStep =
            new ReadOnlyObjectWrapper<>(this, "administratorStep");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final StringBinding createLabel;
    private final StringBinding demoLabel;
    private final StringBinding demoDetail;
    private Consumer<Practice> onCreated = practice -> { };

    public FirstRunViewModel(PracticeSetup setup, FirstAdministrator administrator, TaskExecutor tasks,
                             DialogService dialogs) {
        this.setup = Objects.requireNonNull(setup);
        this.administrator = Objects.requireNonNull(administrator);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        createLabel = Bindings.createStringBinding(() -> createLabelFor(profile.get()), profile);
        demoLabel = Bindings.createStringBinding(() -> demoLabelFor(demoProfile.get()), demoProfile);
        demoDetail = Bindings.createStringBinding(() -> demoProfile.get().treatsAnimals()
                ? UiText.FIRST_RUN_DEMO_DETAIL_VETERINAIRE.text() : UiText.FIRST_RUN_DEMO_DETAIL.text(), demoProfile);
        name.addListener((obs, before, now) -> nameError.set(""));
    }

    static String createLabelFor(PracticeProfile profile) {
        return profile == PracticeProfile.OFFICINE
                ? UiText.FIRST_RUN_CREATE_OFFICINE.text()
                : UiText.FIRST_RUN_CREATE_CABINET.text();
    }

    static String demoLabelFor(PracticeProfile profile) {
        return switch (profile) {
            case OFFICINE -> UiText.FIRST_RUN_DEMO.text();
            case CABINET_MEDICAL -> UiText.FIRST_RUN_DEMO_CABINET_MEDICAL.text();
            case CABINET_VETERINAIRE -> UiText.FIRST_RUN_DEMO_CABINET_VETERINAIRE.text();
        };
    }

    /** The short name of each kind of demo, for the choice next to the demo button. */
    public static String demoChoiceLabel(PracticeProfile profile) {
        return switch (profile) {
            case OFFICINE -> UiText.FIRST_RUN_DEMO_CHOICE_OFFICINE.text();
            case CABINET_MEDICAL -> UiText.FIRST_RUN_DEMO_CHOICE_CABINET_MEDICAL.text();
            case CABINET_VETERINAIRE -> UiText.FIRST_RUN_DEMO_CHOICE_CABINET_VETERINAIRE.text();
        };
    }

    /**
     * Checks the name, then creates the practice in the background; when the database has no account yet (not a
     * second workstation of a shared database), the "Compte administrateur" step follows.
     */
    public void create() {
        if (working.get()) {
            return;
        }
        String trimmed = name.get() == null ? "" : name.get().strip();
        if (trimmed.isEmpty()) {
            nameError.set(UiText.FIRST_RUN_NAME_REQUIRED.text());
            return;
        }
        if (trimmed.length() > NAME_MAX) {
            nameError.set(UiText.FIRST_RUN_NAME_TOO_LONG.text(NAME_MAX));
            return;
        }
        PracticeProfile chosen = profile.get();
        run(UiText.FIRST_RUN_CREATING.text(), () -> {
            Practice practice = setup.create(trimmed, chosen);
            return new Created(practice, administrator.needed());
        });
    }

    /** Seeds the chosen demo and starts the sandbox (slow: seconds), in the background. No account step. */
    public void createDemo() {
        if (!working.get()) {
            PracticeProfile chosen = demoProfile.get();
            run(UiText.FIRST_RUN_CREATING_DEMO.text(), () -> new Created(setup.createDemo(chosen), false));
        }
    }

    /** What the background work found: the practice, and whether its first administrator is still to create. */
    private record Created(Practice practice, boolean needsAdministrator) {
    }

    private void created(Created created) {
        if (!created.needsAdministrator()) {
            onCreated.accept(created.practice());
            return;
        }
        FirstAdministratorViewModel step = new FirstAdministratorViewModel(administrator, tasks, dialogs,
                created.practice());
        step.setOnCreated(() -> onCreated.accept(created.practice()));
        administratorStep.set(step);
    }

    private void run(String title, java.util.concurrent.Callable<Created> work) {
        tasks.execute(BackgroundTask.of(title, work)
                .onRunning(() -> {
                    working.set(true);
                    progressText.set(title);
                })
                .onSuccess(created -> {
                    working.set(false);
                    progressText.set("");
                    created(created);
                })
                .onFailure(error -> {
                    working.set(false);
                    progressText.set("");
                    if (error instanceof ValidationException validation) {
                        nameError.set(validation.fieldErrors().stream()
                                .map(FieldError::text)
                                .collect(Collectors.joining(" ")));
                    } else {
                        dialogs.showError(error);
                    }
                }));
    }

    public void setOnCreated(Consumer<Practice> onCreated) {
        this.onCreated = Objects.requireNonNull(onCreated);
    }

    public ObjectProperty<PracticeProfile> profileProperty() {
        return profile;
    }

    /** The kind of demo the demo button creates; the pharmacy unless the user picks another. */
    public ObjectProperty<PracticeProfile> demoProfileProperty() {
        return demoProfile;
    }

    public StringBinding demoLabel() {
        return demoLabel;
    }

    public StringBinding demoDetail() {
        return demoDetail;
    }

    /** Null until a real practice without accounts was created; then the "Compte administrateur" step. */
    public ReadOnlyObjectProperty<FirstAdministratorViewModel> administratorStepProperty() {
        return administratorStep.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public StringBinding createLabel() {
        return createLabel;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
