package fr.galien.app.ui.owners;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.vet.OwnerFile;
import fr.galien.core.vet.OwnerRegistry;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Search as you type over a vet practice's clients (by owner name, animal name or transponder) and the list
 * actions. As in the patient list, every search carries a generation number: only the newest answer is shown.
 */
public final class OwnersViewModel {

    public static final int LIMIT = 200;

    private final OwnerRegistry registry;
    private final Caller caller;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Debouncer debouncer;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<OwnerRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<OwnerRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper countText =
            new ReadOnlyStringWrapper(this, "countText", OwnersText.EMPTY_QUERY.text());
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);

    private long generation;
    private Consumer<OwnerFile> onOpen = file -> { };
    private Runnable onNew = () -> { };

    public OwnersViewModel(OwnerRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs,
                           Debouncer debouncer) {
        this.registry = Objects.requireNonNull(registry);
        this.caller = Objects.requireNonNull(caller);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.debouncer = Objects.requireNonNull(debouncer);
        query.addListener((observable, before, now) -> this.debouncer.submit(this::searchNow));
    }

    /** Runs the search for the current query at once (the debounce calls this; so does a refresh after a save). */
    public void searchNow() {
        String text = query.get() == null ? "" : query.get().strip();
        long request = ++generation;
        if (text.isEmpty()) {
            searching.set(false);
            results.clear();
            countText.set(OwnersText.EMPTY_QUERY.text());
            return;
        }
        tasks.execute(BackgroundTask.of(OwnersText.SEARCHING.text(), () -> registry.search(caller, text, LIMIT))
                .onRunning(() -> searching.set(true))
                .onSuccess(found -> showResults(request, found))
                .onFailure(error -> {
                    if (request == generation) {
                        searching.set(false);
                        dialogs.showError(error);
                    }
                }));
    }

    private void showResults(long request, List<OwnerFile> found) {
        if (request != generation) {
            return; // a newer query was typed meanwhile: its answer is the one to show
        }
        searching.set(false);
        results.setAll(found.stream().map(OwnerRow::of).toList());
        countText.set(found.size() >= LIMIT ? OwnersText.COUNT_LIMIT.text(LIMIT) : OwnersText.COUNT.text(found.size()));
    }

    public void newOwner() {
        onNew.run();
    }

    /** Opens the selected client's file (read again through the registry, which audits the opening). */
    public void openSelected() {
        OwnerRow row = selected.get();
        if (row != null) {
            onOpen.accept(row.file());
        }
    }

    public void setOnOpen(Consumer<OwnerFile> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen);
    }

    public void setOnNew(Runnable onNew) {
        this.onNew = Objects.requireNonNull(onNew);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<OwnerRow> results() {
        return results;
    }

    public ObjectProperty<OwnerRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding noSelection() {
        return Bindings.isNull(selected);
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
