package fr.galien.app.ui.prescription;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.ErrorText;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.ordonnance.IssuedOrdonnance;
import fr.galien.core.ordonnance.Ordonnance;
import fr.galien.core.ordonnance.OrdonnanceDelivery;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.OrdonnancePatient;
import fr.galien.core.ordonnance.OrdonnancePdf;
import fr.galien.core.ordonnance.OrdonnanceRules;
import fr.galien.core.ordonnance.PracticeHeader;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Consultation « Prescrire » for one patient: lines added through the {@link LineEditorViewModel}, a preview of the
 * ordonnance PDF refreshed in the background, then « Valider et envoyer » — registers with the e-prescription
 * service, prints the ordonnance with its QR code, files it in the patient's documents — or, when the identity is
 * not qualified or the service is down, a paper ordonnance marked as such.
 */
public final class PrescriptionViewModel {

    /** Where the screen stands. */
    public enum Stage { EDITING, SENDING, SENT, QUEUED, PRINTED_ON_PAPER }

    private final PrescribingContext context;
    private final Caller caller;
    private final DialogService dialogs;
    private final Clock clock;
    private final OrdonnancePdf printer;
    private final LineEditorViewModel editor;
    private final TaskSlot previewSlot;
    private final TaskSlot sendSlot;
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>(this, "patient");
    private final ObservableList<OrdonnanceLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<List<BufferedImage>> preview = new SimpleObjectProperty<>(this, "preview",
            List.of());
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message", "");
    private final SimpleStringProperty identifier = new SimpleStringProperty(this, "identifier", "");
    private final SimpleBooleanProperty qualified = new SimpleBooleanProperty(this, "qualified", false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final SimpleBooleanProperty paperOffered = new SimpleBooleanProperty(this, "paperOffered", false);
    private final SimpleObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.EDITING);
    private final BooleanProperty canSend = new SimpleBooleanProperty(this, "canSend", false);
    private final StringProperty identityNotice = new SimpleStringProperty(this, "identityNotice", "");
    private OrdonnanceDelivery.PaperReason paperReason = OrdonnanceDelivery.PaperReason.IDENTITY_NOT_QUALIFIED;
    private Runnable onInsFlow = () -> { };
    private IssuedOrdonnance lastIssued;

    public PrescriptionViewModel(PrescribingContext context, Caller caller, TaskExecutor tasks, DialogService dialogs,
                                 Debouncer debouncer, Clock clock) {
        this.context = Objects.requireNonNull(context, "context");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.printer = new OrdonnancePdf(clock);
        this.editor = new LineEditorViewModel(context::searchDrugs, tasks, debouncer);
        this.previewSlot = new TaskSlot(tasks);
        this.sendSlot = new TaskSlot(tasks);
        patient.addListener((obs, before, now) -> patientChanged(now));
        stage.addListener((obs, before, now) -> updateCanSend());
        lines.addListener((javafx.collections.ListChangeListener<OrdonnanceLine>) change -> {
            updateCanSend();
            refreshPreview();
        });
    }

    /** The patient whose file is open; starts a new, empty prescription. */
    public void open(Patient chosen) {
        patient.set(chosen);
    }

    private void patientChanged(Patient now) {
        lines.clear();
        editor.clear();
        identifier.set("");
        message.set("");
        lastIssued = null;
        stage.set(Stage.EDITING);
        boolean isQualified = now != null && OrdonnancePatient.of(now).qualified();
        qualified.set(isQualified);
        paperOffered.set(now != null && !isQualified);
        paperReason = OrdonnanceDelivery.PaperReason.IDENTITY_NOT_QUALIFIED;
        identityNotice.set(now == null || isQualified ? "" : PrescriptionText.IDENTITY_NOT_QUALIFIED.text());
        if (now != null && !context.registrationAvailable()) {
            paperOffered.set(true);
            paperReason = OrdonnanceDelivery.PaperReason.SERVICE_UNAVAILABLE;
            identityNotice.set(PrescriptionText.NO_SERVICE.text());
        }
        updateCanSend();
        refreshPreview();
    }

    /** Adds the line being edited (checked by the core rules); the form is cleared for the next one. */
    public boolean addLine() {
        try {
            OrdonnanceLine line = editor.build(lines.size() + 1);
            lines.add(line);
            editor.clear();
            return true;
        } catch (SegurException e) {
            editor.errorProperty().set(e.code() + " : " + e.userMessage());
            return false;
        }
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size() && stage.get() == Stage.EDITING) {
            lines.remove(index);
        }
    }

    /**
     * « Valider et envoyer »: registers the prescription (background), then prints it with its QR code and files it.
     * A refusal or an unreachable service leaves the lines in place and offers the paper ordonnance.
     */
    public void validateAndSend() {
        Patient current = patient.get();
        if (current == null || !canSend.get()) {
            return;
        }
        try {
            OrdonnanceRules.requireLines(lines);
        } catch (SegurException e) {
            message.set(e.code() + " : " + e.userMessage());
            return;
        }
        List<OrdonnanceLine> toSend = List.copyOf(lines);
        stage.set(Stage.SENDING);
        busy.set(true);
        message.set(PrescriptionText.SENDING.text());
        sendSlot.submit(BackgroundTask.of(PrescriptionText.SENDING.text(), () -> {
                    java.util.Optional<String> registered = context.register(caller, current, toSend);
                    if (registered.isEmpty()) {
                        return new Sent(null, null, false, List.of());
                    }
                    String id = registered.get();
                    Ordonnance ordonnance = ordonnance(current, toSend, new OrdonnanceDelivery.Electronic(id));
                    IssuedOrdonnance issued = context.issue(caller, current.id(), ordonnance);
                    boolean filed = context.file(caller, current.id(), issued,
                            PrescriptionText.DOCUMENT_TITLE_ERX.text(id));
                    return new Sent(id, issued, filed, PreviewRenderer.pages(issued.pdf(), 60f));
                })
                .onSuccess(sent -> {
                    busy.set(false);
                    if (sent.identifier() == null) {
                        // Service down: queued in the outbox; the patient leaves with a paper ordonnance.
                        stage.set(Stage.QUEUED);
                        paperReason = OrdonnanceDelivery.PaperReason.SERVICE_UNAVAILABLE;
                        paperOffered.set(true);
                        message.set(PrescriptionText.SEND_QUEUED.text());
                        return;
                    }
                    lastIssued = sent.issued();
                    identifier.set(sent.identifier());
                    preview.set(sent.pages());
                    stage.set(Stage.SENT);
                    message.set(sent.filed() ? PrescriptionText.SENT_AND_FILED.text(sent.identifier())
                            : PrescriptionText.SENT.text(sent.identifier()));
                })
                .onFailure(error -> {
                    busy.set(false);
                    stage.set(Stage.EDITING);
                    paperReason = OrdonnanceDelivery.PaperReason.SERVICE_UNAVAILABLE;
                    paperOffered.set(true);
                    message.set(PrescriptionText.SEND_FAILED.text(ErrorText.of(error)));
                }));
    }

    /** Prints a paper-only ordonnance (marked as such, counted as such) and files it. */
    public void printOnPaper() {
        Patient current = patient.get();
        if (current == null || lines.isEmpty() || stage.get() == Stage.SENDING) {
            return;
        }
        List<OrdonnanceLine> toPrint = List.copyOf(lines);
        OrdonnanceDelivery.PaperReason reason = qualified.get() ? paperReason
                : OrdonnanceDelivery.PaperReason.IDENTITY_NOT_QUALIFIED;
        busy.set(true);
        sendSlot.submit(BackgroundTask.of(PrescriptionText.PRINTING.text(), () -> {
                    Ordonnance ordonnance = ordonnance(current, toPrint, new OrdonnanceDelivery.PaperOnly(reason));
                    IssuedOrdonnance issued = context.issue(caller, current.id(), ordonnance);
                    boolean filed = context.file(caller, current.id(), issued,
                            PrescriptionText.DOCUMENT_TITLE_PAPER.text());
                    return new Sent(null, issued, filed, PreviewRenderer.pages(issued.pdf(), 60f));
                })
                .onSuccess(sent -> {
                    busy.set(false);
                    lastIssued = sent.issued();
                    preview.set(sent.pages());
                    stage.set(Stage.PRINTED_ON_PAPER);
                    message.set(PrescriptionText.PRINTED_ON_PAPER.text());
                })
                .onFailure(error -> {
                    busy.set(false);
                    dialogs.showError(error);
                }));
    }

    /** Opens the INS flow for this patient (the patient file's identity panel). */
    public void startInsFlow() {
        onInsFlow.run();
    }

    /** A new prescription for the same patient. */
    public void newPrescription() {
        patientChanged(patient.get());
    }

    private record Sent(String identifier, IssuedOrdonnance issued, boolean filed, List<BufferedImage> pages) {
    }

    private Ordonnance ordonnance(Patient current, List<OrdonnanceLine> withLines, OrdonnanceDelivery delivery) {
        PracticeHeader practice = context.practiceHeader();
        return new Ordonnance(practice, context.prescriber(caller), OrdonnancePatient.of(current),
                LocalDate.now(clock), practice.city(), withLines, delivery);
    }

    private void refreshPreview() {
        Patient current = patient.get();
        if (current == null || lines.isEmpty()) {
            previewSlot.cancel();
            preview.set(List.of());
            return;
        }
        List<OrdonnanceLine> snapshot = new ArrayList<>(lines);
        previewSlot.submit(BackgroundTask.of(PrescriptionText.PREVIEWING.text(), () -> PreviewRenderer.pages(
                        printer.render(ordonnance(current, snapshot, new OrdonnanceDelivery.Draft())), 60f))
                .onSuccess(preview::set)
                .onFailure(error -> message.set(ErrorText.of(error))));
    }

    private void updateCanSend() {
        canSend.set(patient.get() != null && qualified.get() && !lines.isEmpty() && context.registrationAvailable()
                && stage.get() == Stage.EDITING);
    }

    public void setOnInsFlow(Runnable onInsFlow) {
        this.onInsFlow = Objects.requireNonNull(onInsFlow);
    }

    public LineEditorViewModel editor() {
        return editor;
    }

    public ObservableList<OrdonnanceLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<Patient> patientProperty() {
        return patient;
    }

    public ReadOnlyObjectProperty<List<BufferedImage>> previewProperty() {
        return preview;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty identifierProperty() {
        return identifier;
    }

    public ReadOnlyBooleanProperty qualifiedProperty() {
        return qualified;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty paperOfferedProperty() {
        return paperOffered;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ReadOnlyBooleanProperty canSendProperty() {
        return canSend;
    }

    public ReadOnlyStringProperty identityNoticeProperty() {
        return identityNotice;
    }

    /** The last ordonnance printed (registered or paper), for « Imprimer ». */
    public IssuedOrdonnance lastIssued() {
        return lastIssued;
    }
}
