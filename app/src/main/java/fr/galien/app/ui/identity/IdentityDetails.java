package fr.galien.app.ui.identity;

import fr.galien.app.ui.common.ErrorText;
import fr.galien.core.domain.Patient;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.IdentityHistoryEntry;
import fr.galien.core.identity.IdentitySummary;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the identity panel shows beside the file's own fields: how the identity was obtained, validated and last
 * verified, and its history, newest first. Read in the background when a new version is shown; a failure to read
 * them is reported in the panel's message and changes nothing.
 */
final class IdentityDetails {

    /** The panel's logger: these lines stay where they were logged before this class was split out. */
    private static final Logger LOG = LoggerFactory.getLogger(IdentityPanelViewModel.class);

    private final IdentityContext context;
    private final Caller caller;
    /** The latest read: showing another file or version cancels the one before, so its answer never shows. */
    private final TaskSlot loads;
    private final Clock clock;
    private final OperationStatus operation;

    private final ReadOnlyStringWrapper method;
    private final ReadOnlyStringWrapper validation;
    private final ReadOnlyStringWrapper lastVerification;
    private final ObservableList<IdentityDisplay.HistoryRow> history = FXCollections.observableArrayList();
    /** Kept: an unmodifiable view holds its listeners only as long as the view itself is referenced. */
    private final ObservableList<IdentityDisplay.HistoryRow> historyView =
            FXCollections.unmodifiableObservableList(history);

    IdentityDetails(Object bean, IdentityContext context, Caller caller, TaskExecutor tasks, Clock clock,
                    OperationStatus operation) {
        this.context = Objects.requireNonNull(context);
        this.caller = Objects.requireNonNull(caller);
        this.loads = new TaskSlot(tasks);
        this.clock = Objects.requireNonNull(clock);
        this.operation = Objects.requireNonNull(operation);
        method = new ReadOnlyStringWrapper(bean, "method", "");
        validation = new ReadOnlyStringWrapper(bean, "validation", "");
        lastVerification = new ReadOnlyStringWrapper(bean, "lastVerification", "");
    }

    /** No file shown. */
    void clear() {
        loads.cancel();
        method.set("");
        validation.set("");
        lastVerification.set("");
        history.clear();
    }

    /** Reads {@code shown}'s summary and history; a later {@link #load} or {@link #clear()} cancels this one. */
    void load(Patient shown) {
        loads.submit(BackgroundTask.of(IdentityText.BUSY_LOADING.text(), () -> new Details(
                        context.identities().summary(caller, shown.id()),
                        context.identities().history(caller, shown.id())))
                .onSuccess(this::show)
                .onFailure(error -> {
                    LOG.warn("Identity details not read: {}", ErrorText.codeOf(error));
                    operation.message(MessageKind.ERROR, ErrorText.of(error));
                }));
    }

    private void show(Details details) {
        IdentitySummary summary = details.summary();
        method.set(summary.method().map(IdentificationMethod::label).orElse(IdentityText.NONE.text()));
        validation.set(summary.validationMode().map(IdentityDocument::label).orElse(IdentityText.NONE.text()));
        lastVerification.set(summary.insVerifiedAt()
                .map(at -> IdentityDisplay.when(at, clock.getZone()))
                .orElse(IdentityText.NEVER.text()));
        List<IdentityDisplay.HistoryRow> newestFirst = new ArrayList<>();
        for (IdentityHistoryEntry entry : details.history()) {
            newestFirst.add(0, IdentityDisplay.historyRow(entry, clock.getZone()));
        }
        history.setAll(newestFirst);
    }

    ReadOnlyStringProperty methodProperty() {
        return method.getReadOnlyProperty();
    }

    ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lastVerificationProperty() {
        return lastVerification.getReadOnlyProperty();
    }

    ObservableList<IdentityDisplay.HistoryRow> history() {
        return historyView;
    }

    private record Details(IdentitySummary summary, List<IdentityHistoryEntry> history) {
    }
}
