package fr.galien.app.ui.dmp;

import fr.galien.app.ui.common.DialogService;
import fr.galien.core.dmp.DmpListing;
import fr.galien.core.dmp.DmpSend;
import fr.galien.core.document.DocumentSharing;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.SharingChannel;
import fr.galien.core.error.SegurException;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.port.DmpPort.DmpEntry;
import fr.galien.core.port.DmpPort.DmpQuery;
import fr.galien.core.port.DmpPort.RetrievedDocument;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The DMP tab of a patient file (issue 12 §5): the DMP's documents with filters (type, dates), opening one (the CDA's
 * human-readable part, a PDF as page images), « Ajouter au dossier » (de-duplicated by unique id, origin DMP), the
 * file's own documents with their DMP state and « Envoyer au DMP », and « Envois en attente » with « Réessayer ».
 * Every call is a background task; the rows change on the callback thread only.
 */
public final class DmpTabViewModel {

    /** A DMP document and whether the file already holds it (REM DMP/UX.26). */
    public record DmpRow(DmpEntry entry, boolean inFile) {
    }

    /** A document of the file and where it stands on the DMP ("" when never sent). */
    public record LocalRow(PatientDocument document, String state, String detail) {
    }

    private final DmpContext context;
    private final Caller caller;
    private final DialogService dialogs;
    private final LatestOnly listing;
    private final LatestOnly viewing;
    private final LatestOnly actions;
    private final LatestOnly sendsSlot;
    private final ObservableList<DmpRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LocalRow> local = FXCollections.observableArrayList();
    private final ObservableList<DmpSend> sends = FXCollections.observableArrayList();
    private final ObjectProperty<String> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sendsSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DocumentRendering.Rendered> viewed = new ReadOnlyObjectWrapper<>();
    private UUID patientId;

    public DmpTabViewModel(DmpContext context, Caller caller, TaskExecutor tasks, DialogService dialogs) {
        this.context = Objects.requireNonNull(context, "context");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.listing = new LatestOnly(tasks);
        this.viewing = new LatestOnly(tasks);
        this.actions = new LatestOnly(tasks);
        this.sendsSlot = new LatestOnly(tasks);
    }

    /** The file shown; the lists are read when the tab is opened ({@link #search()}, {@link #refreshLocal()}). */
    public void show(UUID patient) {
        this.patientId = Objects.requireNonNull(patient, "patient");
        rows.clear();
        local.clear();
        viewed.set(null);
        message.set("");
    }

    /** ITI-67 with the filters; records the consultation (« nouveaux » start again from now). */
    public void search() {
        UUID patient = patientId;
        if (patient == null) {
            return;
        }
        DmpQuery query = new DmpQuery(typeFilter.get() == null ? Set.of() : Set.of(typeFilter.get()), from.get(),
                to.get(), null);
        busy.set(true);
        message.set(DmpText.TAB_BUSY.text());
        listing.submit(BackgroundTask.of(DmpText.TAB_BUSY.text(), () -> context.list(caller, patient, query))
                .onSuccess(found -> {
                    busy.set(false);
                    rows.setAll(rowsOf(found));
                    message.set(DmpText.TAB_COUNT.text(found.entries().size()));
                })
                .onFailure(this::failed));
    }

    private static List<DmpRow> rowsOf(DmpListing listing) {
        List<DmpRow> result = new ArrayList<>();
        for (DmpEntry entry : listing.entries()) {
            result.add(new DmpRow(entry, listing.alreadyFiled().contains(entry.uniqueId())));
        }
        return result;
    }

    /** ITI-68, then the human-readable part (CDA) or the pages (PDF), rendered in the background. */
    public void open(DmpRow row) {
        UUID patient = patientId;
        if (patient == null || row == null) {
            return;
        }
        busy.set(true);
        viewing.submit(BackgroundTask.of(DmpText.TAB_OPEN.text(), () -> {
            RetrievedDocument document = context.open(caller, patient, row.entry());
            return DocumentRendering.of(row.entry().title(), document.mimeType(), document.content());
        }).onSuccess(rendered -> {
            busy.set(false);
            viewed.set(rendered);
        }).onFailure(this::failed));
    }

    /** « Ajouter au dossier »: never twice (the core returns the document already filed). */
    public void addToFile(DmpRow row) {
        UUID patient = patientId;
        if (patient == null || row == null) {
            return;
        }
        busy.set(true);
        actions.submit(BackgroundTask.of(DmpText.TAB_ADD.text(), () -> context.addToFile(caller, patient,
                row.entry())).onSuccess(filed -> {
                    busy.set(false);
                    message.set(DmpText.TAB_ADDED.text(filed.title()));
                    rows.replaceAll(r -> r.entry().uniqueId().equals(row.entry().uniqueId())
                            ? new DmpRow(r.entry(), true) : r);
                    refreshLocal();
                }).onFailure(this::failed));
    }

    /** The file's documents with their DMP state. */
    public void refreshLocal() {
        UUID patient = patientId;
        if (patient == null) {
            return;
        }
        actions.submit(BackgroundTask.of(DmpText.LOCAL_TITLE.text(), () -> {
            List<LocalRow> result = new ArrayList<>();
            for (PatientDocument document : context.localDocuments(caller, patient)) {
                DocumentSharing dmp = context.sharing(document.id()).stream()
                        .filter(s -> s.channel() == SharingChannel.DMP).findFirst().orElse(null);
                result.add(new LocalRow(document, dmp == null ? "" : dmp.state().label(),
                        dmp == null || dmp.detail() == null ? "" : dmp.detail()));
            }
            return result;
        }).onSuccess(local::setAll).onFailure(this::failed));
    }

    /** « Envoyer au DMP » for a document of the file: queued, sent in the background. */
    public void send(LocalRow row) {
        if (row == null) {
            return;
        }
        actions.submit(BackgroundTask.of(DmpText.LOCAL_SEND.text(), () -> {
            context.send(caller, row.document().id());
            return row.document().title();
        }).onSuccess(title -> {
            message.set(DmpText.LOCAL_QUEUED.text(title));
            refreshLocal();
            refreshSends();
        }).onFailure(this::failed));
    }

    /** « Envois en attente »: what waits, was refused (with why) or was sent. */
    public void refreshSends() {
        sendsSlot.submit(BackgroundTask.of(DmpText.SENDS_TITLE.text(), () -> context.sends(caller))
                .onSuccess(found -> {
                    sends.setAll(found);
                    long waiting = found.stream().filter(s -> s.status() == OutboxStatus.PENDING).count();
                    long refused = found.stream().filter(s -> s.status() == OutboxStatus.REJECTED).count();
                    long sent = found.stream().filter(s -> s.status() == OutboxStatus.SENT).count();
                    sendsSummary.set(DmpText.SENDS_COUNT.text(waiting, refused, sent));
                }).onFailure(this::failed));
    }

    /** « Réessayer » a refused or waiting send. */
    public void retry(DmpSend send) {
        if (send == null || send.status() == OutboxStatus.SENT) {
            return;
        }
        actions.submit(BackgroundTask.of(DmpText.SENDS_RETRY.text(), () -> {
            context.retry(caller, send.outboxId());
            return send;
        }).onSuccess(done -> {
            refreshSends();
            if (patientId != null) {
                refreshLocal();
            }
        }).onFailure(this::failed));
    }

    static String stateLabel(OutboxStatus status) {
        return switch (status) {
            case PENDING -> DmpText.STATE_PENDING.text();
            case SENT -> DmpText.STATE_SENT.text();
            case REJECTED -> DmpText.STATE_REJECTED.text();
        };
    }

    private void failed(Exception failure) {
        busy.set(false);
        if (failure instanceof SegurException coded) {
            message.set(coded.getMessage());
        } else {
            message.set(failure.getClass().getSimpleName());
            dialogs.showError(failure);
        }
    }

    public ObservableList<DmpRow> rows() {
        return rows;
    }

    public ObservableList<LocalRow> local() {
        return local;
    }

    public ObservableList<DmpSend> sends() {
        return sends;
    }

    public ObjectProperty<String> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sendsSummaryProperty() {
        return sendsSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DocumentRendering.Rendered> viewedProperty() {
        return viewed.getReadOnlyProperty();
    }
}
