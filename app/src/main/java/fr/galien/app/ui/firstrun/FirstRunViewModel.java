package fr.galien.app.ui.firstrun;

import fr.galien.app.ui.PracticeSetup;
import fr.galien.app.ui.UiText;
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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First run: the practice's profile and name, or the demo pharmacy. */
public final class FirstRunViewModel {

    /** Long enough for "Pharmacie mutualiste de la Grande Rue et des Quatre Chemins", short enough for a title bar. */
    public static final int NAME_MAX = 120;

    private final PracticeSetup setup;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final ObjectProperty<PracticeProfile> profile =
            new SimpleObjectProperty<>(this, "profile", PracticeProfile.OFFICINE);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final StringBinding createLabel;
    private Consumer<Practice> onCreated = practice -> { };

    public FirstRunViewModel(PracticeSetup setup, TaskExecutor tasks, DialogService dialogs) {
        this.setup = Objects.requireNonNull(setup);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        createLabel = Bindings.createStringBinding(() -> createLabelFor(profile.get()), profile);
        name.addListener((obs, before, now) -> nameError.set(""));
    }

    static String createLabelFor(PracticeProfile profile) {
        return profile == PracticeProfile.OFFICINE
                ? UiText.FIRST_RUN_CREATE_OFFICINE.text()
                : UiText.FIRST_RUN_CREATE_CABINET.text();
    }

    /** Checks the name, then creates the practice in the background. */
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
        run(UiText.FIRST_RUN_CREATING.text(), () -> setup.create(trimmed, chosen));
    }

    /** Seeds the demo pharmacy and starts the sandbox (slow: seconds), in the background. */
    public void createDemo() {
        if (!working.get()) {
            run(UiText.FIRST_RUN_CREATING_DEMO.text(), setup::createDemo);
        }
    }

    private void run(String title, java.util.concurrent.Callable<Practice> work) {
        tasks.execute(BackgroundTask.of(title, work)
                .onRunning(() -> {
                    working.set(true);
                    progressText.set(title);
                })
                .onSuccess(practice -> {
                    working.set(false);
                    progressText.set("");
                    onCreated.accept(practice);
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
