package fr.galien.app.ui.documents;

import fr.galien.app.ui.common.DialogService;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentSharing;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.error.SegurException;
import fr.galien.core.document.DocumentError;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The documents of the open patient file: listed in the background when the file is shown, opened (content read,
 * audited, and turned into pages or text off the FX thread), and a file added by hand as a scanned document. Only
 * the newest request counts: opening another file cancels the listing of the previous one.
 */
public final class DocumentsPanelViewModel {

    private final PatientDocuments documents;
    private final Caller caller;
    private final DialogService dialogs;
    private final DocumentPreviews previews;
    private final Clock clock;
    private final ZoneId zone;
    private final TaskSlot listing;
    private final TaskSlot opening;
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private BiConsumer<PatientDocument, DocumentPreview> viewer = (document, preview) -> { };
    private UUID patientId;

    public DocumentsPanelViewModel(PatientDocuments documents, Caller caller, TaskExecutor tasks,
                                   DialogService dialogs, DocumentPreviews previews, Clock clock) {
        this.documents = Objects.requireNonNull(documents);
        this.caller = Objects.requireNonNull(caller);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.previews = Objects.requireNonNull(previews);
        this.clock = Objects.requireNonNull(clock);
        this.zone = clock.getZone();
        this.listing = new TaskSlot(tasks);
        this.opening = new TaskSlot(tasks);
    }

    /** Lists {@code patient}'s documents in the background. */
    public void show(UUID patient) {
        patientId = Objects.requireNonNull(patient);
        rows.clear();
        refresh();
    }

    /** A new file (not saved yet): nothing to list. */
    public void clear() {
        patientId = null;
        listing.cancel();
        opening.cancel();
        rows.clear();
        status.set("");
        working.set(false);
    }

    public void refresh() {
        UUID patient = patientId;
        if (patient == null) {
            return;
        }
        working.set(true);
        status.set(DocumentsText.LOADING.text());
        listing.submit(BackgroundTask.of(DocumentsText.LOADING.text(), () -> load(patient))
                .onSuccess(loaded -> {
                    rows.setAll(loaded);
                    status.set(loaded.isEmpty() ? DocumentsText.EMPTY.text()
                            : DocumentsText.COUNT.text(loaded.size()));
                    working.set(false);
                })
                .onFailure(this::failed));
    }

    /** Opens the selected document: its content is read (audited) and prepared for the viewer. */
    public void openSelected() {
        DocumentRow row = selected.get();
        if (row == null) {
            return;
        }
        PatientDocument document = row.document();
        working.set(true);
        status.set(DocumentsText.OPENING.text());
        opening.submit(BackgroundTask.of(DocumentsText.OPENING.text(),
                        () -> previews.of(document, documents.content(caller, document.id())))
                .onSuccess(preview -> {
                    working.set(false);
                    status.set(DocumentsText.COUNT.text(rows.size()));
                    viewer.accept(document, preview);
                })
                .onFailure(this::failed));
    }

    /** Files {@code file} in the open patient's documents, as a scanned document. */
    public void addFile(Path file) {
        UUID patient = patientId;
        if (patient == null || file == null) {
            return;
        }
        working.set(true);
        status.set(DocumentsText.ADDING.text());
        opening.submit(BackgroundTask.of(DocumentsText.ADDING.text(), () -> add(patient, file))
                .onSuccess(added -> {
                    refresh();
                    status.set(DocumentsText.ADDED.text(added.title()));
                })
                .onFailure(this::failed));
    }

    private List<DocumentRow> load(UUID patient) {
        List<PatientDocument> found = documents.list(caller, patient);
        Map<UUID, List<DocumentSharing>> sharing = documents.sharingOfPatient(caller, patient);
        return found.stream()
                .map(document -> DocumentRow.of(document, sharing.getOrDefault(document.id(), List.of()), zone))
                .toList();
    }

    private PatientDocument add(UUID patient, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String mimeType = DocumentFormats.ofFileName(name);
        if (mimeType == null) {
            throw new SegurException(DocumentError.DOC_0005, name);
        }
        try {
            long size = Files.size(file);
            if (size > PatientDocuments.MAX_CONTENT_BYTES) {
                throw new SegurException(DocumentError.DOC_0002, size, PatientDocuments.MAX_CONTENT_BYTES);
            }
            return documents.add(caller, new NewDocument(patient, null, DocumentType.AUTRE, name, mimeType,
                    clock.instant(), null, DocumentOrigin.SCAN, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void failed(Exception error) {
        working.set(false);
        status.set("");
        dialogs.showError(error);
    }

    public void setViewer(BiConsumer<PatientDocument, DocumentPreview> viewer) {
        this.viewer = Objects.requireNonNull(viewer);
    }

    public ObservableList<DocumentRow> rows() {
        return rows;
    }

    public ObjectProperty<DocumentRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    public boolean hasPatient() {
        return patientId != null;
    }
}
