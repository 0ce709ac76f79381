package fr.galien.app.ui.dmp;

import fr.galien.core.dmp.DmpBand;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The DMP band of the patient file header (REM DMP/UX.07, UX.09–UX.16): fills in by itself when the file opens, in
 * the background — the file is usable at once even when the DMP takes seconds —, says a request is running, then
 * exists / authorised / opposition / consent and « N nouveaux documents » by type. A newer file cancels the older
 * request ({@link LatestOnly}, never interrupting: an interrupt in H2's file I/O closes the database).
 */
public final class DmpBandViewModel {

    private final DmpContext context;
    private final Caller caller;
    private final LatestOnly slot;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DmpBand.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper newDocuments = new ReadOnlyIntegerWrapper(0);
    private Runnable onNewDocuments = () -> { };
    private UUID asking;

    public DmpBandViewModel(DmpContext context, Caller caller, TaskExecutor tasks) {
        this.context = Objects.requireNonNull(context, "context");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.slot = new LatestOnly(tasks);
    }

    /** Asks the DMP about {@code patientId} in the background; the band says so meanwhile. */
    public void show(UUID patientId) {
        Objects.requireNonNull(patientId, "patientId");
        if (patientId.equals(asking)) {
            return; // the file is shown again while its request runs (opened, then read): one request is enough
        }
        asking = patientId;
        busy.set(true);
        state.set(null);
        newDocuments.set(0);
        text.set(DmpText.BAND_BUSY.text());
        slot.submit(BackgroundTask.of(DmpText.BAND_BUSY.text(), () -> context.band(caller, patientId))
                .onSuccess(this::apply)
                .onFailure(failure -> {
                    asking = null;
                    busy.set(false);
                    state.set(DmpBand.State.UNAVAILABLE);
                    text.set(DmpText.BAND_UNAVAILABLE.text(failure instanceof SegurException coded
                            ? coded.getMessage() : failure.getClass().getSimpleName()));
                }));
    }

    /** A new file being typed: nothing to ask. */
    public void clear() {
        asking = null;
        slot.drop();
        busy.set(false);
        state.set(null);
        newDocuments.set(0);
        text.set("");
    }

    private void apply(DmpBand band) {
        asking = null;
        busy.set(false);
        state.set(band.state());
        newDocuments.set(band.newDocuments());
        text.set(describe(band));
        if (band.newDocuments() > 0) {
            onNewDocuments.run();
        }
    }

    /** The band's sentence: the status, then the new documents by type. */
    static String describe(DmpBand band) {
        String head = switch (band.state()) {
            case INS_NOT_QUALIFIED -> DmpText.BAND_NOT_QUALIFIED.text();
            case SESSION_REQUIRED -> DmpText.BAND_SESSION.text();
            case UNAVAILABLE -> DmpText.BAND_UNAVAILABLE.text(band.message() == null ? "" : band.message());
            case NO_DMP -> band.status().flatMap(status -> status.closedOn())
                    .map(day -> DmpText.BAND_CLOSED.text(day.toString())).orElse(DmpText.BAND_NO_DMP.text());
            case AUTHORISED -> DmpText.BAND_AUTHORISED.text();
            case PATIENT_OPPOSED -> DmpText.BAND_OPPOSED.text();
            case CONSENT_REQUIRED -> DmpText.BAND_CONSENT.text();
        };
        if (band.state() != DmpBand.State.AUTHORISED) {
            return head;
        }
        if (band.newDocuments() == 0) {
            return head + " — " + DmpText.BAND_NONE_NEW.text();
        }
        String byType = band.newByType().entrySet().stream()
                .map(e -> band.typeLabels().getOrDefault(e.getKey(), e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return head + " — " + DmpText.BAND_NEW.text(band.newDocuments(), byType);
    }

    /** Called when new documents were found (the view may highlight the DMP tab). */
    public void setOnNewDocuments(Runnable action) {
        onNewDocuments = Objects.requireNonNull(action, "action");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DmpBand.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty newDocumentsProperty() {
        return newDocuments.getReadOnlyProperty();
    }
}
