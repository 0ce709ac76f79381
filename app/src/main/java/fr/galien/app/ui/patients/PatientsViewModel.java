package fr.galien.app.ui.patients;

import fr.galien.app.ui.common.PatientRow;
import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.IncrementalSearch;
import fr.galien.core.domain.Patient;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Search as you type over the patient registry, and the list actions (new, open, archive).
 *
 * <p>Each keystroke (after the debounce) starts a search; responses may come back out of order, so only the newest
 * one may update the list ({@link IncrementalSearch}).
 */
public final class PatientsViewModel {

    /** Enough for a counter; more means the query is too vague (and the table stays light). */
    public static final int LIMIT = 200;

    private final PatientRegistry registry;
    private final Caller caller;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final IncrementalSearch<PatientRow> search;
    private final ObjectProperty<PatientRow> selected = new SimpleObjectProperty<>(this, "selected");

    private Consumer<Patient> onOpen = patient -> { };
    private Runnable onNew = () -> { };

    public PatientsViewModel(PatientRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs,
                             Debouncer debouncer) {
        this.registry = Objects.requireNonNull(registry);
        this.caller = Objects.requireNonNull(caller);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.search = new IncrementalSearch<>(
                text -> registry.search(caller, text, LIMIT).stream().map(PatientRow::of).toList(),
                new IncrementalSearch.Texts(UiText.PATIENTS_SEARCHING.text(), UiText.PATIENTS_EMPTY_QUERY.text(),
                        found -> found >= LIMIT
                                ? UiText.PATIENTS_COUNT_LIMIT.text(LIMIT)
                                : UiText.PATIENTS_COUNT.text(found)),
                tasks, debouncer, dialogs::showError);
    }

    /** Runs the search for the current query at once (the debounce calls this; so does a refresh after a save). */
    public void searchNow() {
        search.searchNow();
    }

    public void newPatient() {
        onNew.run();
    }

    /** Opens the selected patient's file (the file view reads it through the registry, which audits the read). */
    public void openSelected() {
        PatientRow row = selected.get();
        if (row != null) {
            onOpen.accept(row.patient());
        }
    }

    /** Archives the selected patient after confirmation, then refreshes the list. */
    public void archiveSelected() {
        PatientRow row = selected.get();
        if (row == null) {
            return;
        }
        Patient patient = row.patient();
        boolean confirmed = dialogs.confirm(UiText.PATIENTS_ARCHIVE_CONFIRM_TITLE.text(),
                UiText.PATIENTS_ARCHIVE_CONFIRM.text(PatientRow.summary(patient)), UiText.PATIENTS_ARCHIVE.text());
        if (!confirmed) {
            return;
        }
        tasks.execute(BackgroundTask.of(UiText.PATIENTS_ARCHIVING.text(),
                        () -> registry.archive(caller, patient.id(), patient.version()))
                .onSuccess(archived -> searchNow())
                .onFailure(dialogs::showError));
    }

    public void setOnOpen(Consumer<Patient> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen);
    }

    public void setOnNew(Runnable onNew) {
        this.onNew = Objects.requireNonNull(onNew);
    }

    public StringProperty queryProperty() {
        return search.queryProperty();
    }

    public ObservableList<PatientRow> results() {
        return search.results();
    }

    public ObjectProperty<PatientRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding noSelection() {
        return Bindings.isNull(selected);
    }

    public ReadOnlyStringProperty countTextProperty() {
        return search.countTextProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return search.searchingProperty();
    }
}
