package fr.galien.app.ui.common;

import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Search as you type, shared by the list screens: each change of the query (after the debounce) starts a search in
 * the background. A new search supersedes the one still running ({@link TaskSlot}): the older one is cancelled and
 * its answer dropped, so only the newest may update the results, the count and the busy flag.
 */
public final class IncrementalSearch<T> {

    /** The slow lookup, run off the FX thread; {@code query} is stripped and never empty. */
    @FunctionalInterface
    public interface Search<T> {
        List<T> find(String query) throws Exception;
    }

    /** French texts: the task title, the count line for an empty query, and the count line for n results. */
    public record Texts(String searching, String emptyQuery, IntFunction<String> count) {

        public Texts {
            Objects.requireNonNull(searching);
            Objects.requireNonNull(emptyQuery);
            Objects.requireNonNull(count);
        }
    }

    private final Search<T> search;
    private final Texts texts;
    private final TaskSlot searches;
    private final Consumer<Exception> onFailure;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<T> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText;
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);

    /** @param onFailure called (on the executor's callback thread) when the newest search fails */
    public IncrementalSearch(Search<T> search, Texts texts, TaskExecutor tasks, Debouncer debouncer,
                             Consumer<Exception> onFailure) {
        this.search = Objects.requireNonNull(search);
        this.texts = Objects.requireNonNull(texts);
        this.searches = new TaskSlot(tasks);
        this.onFailure = Objects.requireNonNull(onFailure);
        this.countText = new ReadOnlyStringWrapper(this, "countText", texts.emptyQuery());
        Objects.requireNonNull(debouncer);
        query.addListener((observable, before, now) -> debouncer.submit(this::searchNow));
    }

    /** Runs the search for the current query at once (the debounce calls this; so does a refresh after a save). */
    public void searchNow() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            searches.cancel();
            searching.set(false);
            results.clear();
            countText.set(texts.emptyQuery());
            return;
        }
        searches.submit(BackgroundTask.of(texts.searching(), () -> search.find(text))
                .onRunning(() -> searching.set(true))
                .onSuccess(this::showResults)
                .onFailure(error -> {
                    searching.set(false);
                    onFailure.accept(error);
                }));
    }

    private void showResults(List<T> found) {
        searching.set(false);
        results.setAll(found);
        countText.set(texts.count().apply(found.size()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<T> results() {
        return results;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
