package fr.galien.app.ui.owners;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.IncrementalSearch;
import fr.galien.core.security.Caller;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.vet.OwnerFile;
import fr.galien.core.vet.OwnerRegistry;
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
 * Search as you type over a vet practice's clients (by owner name, animal name or transponder) and the list
 * actions. The search itself (debounce, only the newest answer shown) is the shared {@link IncrementalSearch}.
 */
public final class OwnersViewModel {

    public static final int LIMIT = 200;

    private final IncrementalSearch<OwnerRow> search;

    private final ObjectProperty<OwnerRow> selected = new SimpleObjectProperty<>(this, "selected");

    private Consumer<OwnerFile> onOpen = file -> { };
    private Runnable onNew = () -> { };

    public OwnersViewModel(OwnerRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs,
                           Debouncer debouncer) {
        Objects.requireNonNull(registry);
        Objects.requireNonNull(caller);
        Objects.requireNonNull(dialogs);
        this.search = new IncrementalSearch<>(
                text -> registry.search(caller, text, LIMIT).stream().map(OwnerRow::of).toList(),
                new IncrementalSearch.Texts(OwnersText.SEARCHING.text(), OwnersText.EMPTY_QUERY.text(),
                        found -> found >= LIMIT ? OwnersText.COUNT_LIMIT.text(LIMIT) : OwnersText.COUNT.text(found)),
                tasks, debouncer, dialogs::showError);
    }

    /** Runs the search for the current query at once (the debounce calls this; so does a refresh after a save). */
    public void searchNow() {
        search.searchNow();
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
        return search.queryProperty();
    }

    public ObservableList<OwnerRow> results() {
        return search.results();
    }

    public ObjectProperty<OwnerRow> selectedProperty() {
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
