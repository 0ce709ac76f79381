package fr.galien.app.ui.prescription;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.ErrorText;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.error.SegurException;
import fr.galien.core.ordonnance.IssuedOrdonnance;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.OrdonnancePdf;
import fr.galien.core.ordonnance.OrdonnanceRules;
import fr.galien.core.ordonnance.PracticeHeader;
import fr.galien.core.ordonnance.VetOrdonnance;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The vet « Ordonnance »: lines for one animal, then « Imprimer l'ordonnance » gives the practice's next running
 * number and prints the numbered ordonnance (paper only: no national e-prescription service exists for animals).
 */
public final class VetOrdonnanceViewModel {

    private final PrescribingContext context;
    private final Caller caller;
    private final DialogService dialogs;
    private final Clock clock;
    private final LineEditorViewModel editor;
    private final TaskSlot slot;
    private final SimpleObjectProperty<Animal> animal = new SimpleObjectProperty<>(this, "animal");
    private Owner owner;
    private final ObservableList<OrdonnanceLine> lines = FXCollections.observableArrayList();
    private final SimpleObjectProperty<List<BufferedImage>> preview = new SimpleObjectProperty<>(this, "preview",
            List.of());
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message", "");
    private final SimpleLongProperty number = new SimpleLongProperty(this, "number", 0);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private IssuedOrdonnance lastIssued;

    public VetOrdonnanceViewModel(PrescribingContext context, Caller caller, TaskExecutor tasks, DialogService dialogs,
                                  Debouncer debouncer, Clock clock) {
        this.context = Objects.requireNonNull(context, "context");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.editor = new LineEditorViewModel(context::searchDrugs, tasks, debouncer);
        this.slot = new TaskSlot(tasks);
    }

    /** The animal (and its owner) the ordonnance is for; starts an empty one. */
    public void open(Owner forOwner, Animal forAnimal) {
        this.owner = forOwner;
        animal.set(forAnimal);
        lines.clear();
        editor.clear();
        preview.set(List.of());
        number.set(0);
        lastIssued = null;
        message.set(forAnimal == null ? "" : PrescriptionText.VET_NO_SERVICE.text());
    }

    public boolean addLine() {
        try {
            lines.add(editor.build(lines.size() + 1));
            editor.clear();
            return true;
        } catch (SegurException e) {
            editor.errorProperty().set(e.code() + " : " + e.userMessage());
            return false;
        }
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    /** Numbers, prints and records the ordonnance in the background; shows its number and pages. */
    public void print() {
        Animal current = animal.get();
        if (current == null || owner == null || busy.get()) {
            return;
        }
        try {
            OrdonnanceRules.requireLines(lines);
        } catch (SegurException e) {
            message.set(e.code() + " : " + e.userMessage());
            return;
        }
        List<OrdonnanceLine> toPrint = List.copyOf(lines);
        Owner currentOwner = owner;
        busy.set(true);
        slot.submit(BackgroundTask.of(PrescriptionText.PRINTING.text(), () -> {
                    PracticeHeader practice = context.practiceHeader();
                    IssuedOrdonnance issued = context.issueVet(caller, current.id(), n -> new VetOrdonnance(practice,
                            context.prescriber(caller), n, current, currentOwner, LocalDate.now(clock),
                            practice.city(), toPrint));
                    return new Printed(issued, PreviewRenderer.pages(issued.pdf(), 60f));
                })
                .onSuccess(printed -> {
                    busy.set(false);
                    lastIssued = printed.issued();
                    number.set(printed.issued().vetNumber());
                    preview.set(printed.pages());
                    message.set(PrescriptionText.VET_PRINTED.text(String.format("%d-%06d",
                            LocalDate.now(clock).getYear(), printed.issued().vetNumber())));
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(ErrorText.of(error));
                    dialogs.showError(error);
                }));
    }

    private record Printed(IssuedOrdonnance issued, List<BufferedImage> pages) {
    }

    /** Renders an unnumbered preview: not needed for the vet flow, which prints at once. */
    static OrdonnancePdf printer(Clock clock) {
        return new OrdonnancePdf(clock);
    }

    public LineEditorViewModel editor() {
        return editor;
    }

    public ObservableList<OrdonnanceLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<Animal> animalProperty() {
        return animal;
    }

    public Owner owner() {
        return owner;
    }

    public ReadOnlyObjectProperty<List<BufferedImage>> previewProperty() {
        return preview;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyLongProperty numberProperty() {
        return number;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public IssuedOrdonnance lastIssued() {
        return lastIssued;
    }
}
