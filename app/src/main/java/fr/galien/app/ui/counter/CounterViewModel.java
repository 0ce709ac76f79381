package fr.galien.app.ui.counter;

import fr.galien.app.ui.common.ErrorText;
import fr.galien.app.ui.prescription.DrugChoice;
import fr.galien.app.ui.prescription.PrescriptionText;
import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.LocalDispensation;
import fr.galien.core.eprescription.PatientCheck;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.scan.ScanField;
import fr.galien.core.scan.ScanResult;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * The counter (pharmacy): one scan field that a keyboard-wedge scanner types into (Enter ends a read), routed by the
 * core's scan parser — an e-prescription identifier fetches the prescription and shows its lines and the patient
 * check; a medicine box fills the line it fits (an expired lot is refused with its date); anything else gets a
 * message saying what was read. « Délivrer » records the exécution with the quantities and substitutes chosen, then
 * shows what remains for a renewal. The list of writes waiting for the service is kept up to date.
 */
public final class CounterViewModel {

    /** The kind of the last message, for its colour. */
    public enum Tone { INFO, SUCCESS, WARNING, ERROR }

    /** One row of the patient check: a trait on the prescription and in the pharmacy's file. */
    public record TraitRow(String trait, String onPrescription, String here, boolean equal) {
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CounterContext context;
    private final Caller caller;
    private final Clock clock;
    private final TaskSlot fetchSlot;
    private final TaskSlot deliverSlot;
    private final TaskSlot pendingSlot;
    private final StringProperty scanText = new SimpleStringProperty(this, "scanText", "");
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message",
            PrescriptionText.COUNTER_READY.text());
    private final SimpleObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.INFO);
    private final SimpleStringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final SimpleStringProperty patientText = new SimpleStringProperty(this, "patientText", "");
    private final SimpleStringProperty checkText = new SimpleStringProperty(this, "checkText", "");
    private final SimpleBooleanProperty checkDiffers = new SimpleBooleanProperty(this, "checkDiffers", false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final SimpleBooleanProperty canDeliver = new SimpleBooleanProperty(this, "canDeliver", false);
    private final ObservableList<CounterLineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TraitRow> traits = FXCollections.observableArrayList();
    private final ObservableList<String> pending = FXCollections.observableArrayList();
    private final SimpleStringProperty remainingText = new SimpleStringProperty(this, "remainingText", "");
    private CounterPrescription current;

    public CounterViewModel(CounterContext context, Caller caller, TaskExecutor tasks, Clock clock) {
        this.context = Objects.requireNonNull(context, "context");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetchSlot = new TaskSlot(tasks);
        this.deliverSlot = new TaskSlot(tasks);
        this.pendingSlot = new TaskSlot(tasks);
        if (!context.available()) {
            say(PrescriptionText.COUNTER_NO_SERVICE.text(), Tone.WARNING);
        }
    }

    /** Enter in the scan field: routes what was read, then empties the field for the next read. */
    public void submitScan() {
        String read = scanText.get() == null ? "" : scanText.get();
        scanText.set("");
        if (read.isBlank()) {
            return;
        }
        ScanResult result = ScanField.classify(read);
        if (result instanceof ScanResult.ErxIdentifier erx) {
            fetch(erx.identifier());
        } else if (result instanceof ScanResult.MedicineBox box) {
            box(box);
        } else if (result instanceof ScanResult.InsDatamatrixScan) {
            say(PrescriptionText.COUNTER_SCAN_INS.text(), Tone.INFO);
        } else if (result instanceof ScanResult.ApCvQr) {
            say(PrescriptionText.COUNTER_SCAN_APCV.text(), Tone.INFO);
        } else {
            ScanResult.Unknown unknown = (ScanResult.Unknown) result;
            say(unknown.code().code() + " : " + unknown.message(), Tone.ERROR);
        }
    }

    private void fetch(String identifier) {
        if (!context.available()) {
            say(PrescriptionText.COUNTER_NO_SERVICE.text(), Tone.WARNING);
            return;
        }
        busy.set(true);
        say(PrescriptionText.COUNTER_FETCHING.text(identifier), Tone.INFO);
        fetchSlot.submit(BackgroundTask.of(PrescriptionText.COUNTER_FETCHING.text(identifier), () -> {
                    CounterPrescription fetched = context.fetch(caller, identifier);
                    List<CounterLineRow> lineRows = new ArrayList<>();
                    for (EPrescriptionPort.PrescribedLine line : fetched.prescription().lines()) {
                        List<DrugChoice> substitutes = line.nonSubstitutable() ? List.of()
                                : context.substitutes(line);
                        lineRows.add(new CounterLineRow(line, fetched.remaining(line.number()), substitutes));
                    }
                    return new Fetched(fetched, lineRows);
                })
                .onSuccess(this::show)
                .onFailure(error -> {
                    busy.set(false);
                    say(ErrorText.of(error), Tone.ERROR);
                }));
    }

    private record Fetched(CounterPrescription prescription, List<CounterLineRow> rows) {
    }

    private void show(Fetched fetched) {
        busy.set(false);
        current = fetched.prescription();
        EPrescriptionPort.EPrescription prescription = current.prescription();
        rows.setAll(fetched.rows());
        heading.set(PrescriptionText.COUNTER_HEADING.text(prescription.prescriptionId(),
                statusLabel(prescription.status()), prescriberName(prescription.prescriber())));
        IdentityTraits onPrescription = prescription.patient().traits();
        patientText.set(PrescriptionText.COUNTER_PATIENT.text(onPrescription.birthName(),
                String.join(" ", onPrescription.firstNames()), onPrescription.sex() == null ? ""
                        : onPrescription.sex().label(), onPrescription.birthDate() == null ? ""
                        : onPrescription.birthDate().toFrench()));
        traits.clear();
        PatientCheck check = current.check();
        checkDiffers.set(check == PatientCheck.TRAITS_DIFFER || check == PatientCheck.OTHER_PATIENT);
        checkText.set(switch (check) {
            case SAME_INS -> PrescriptionText.CHECK_SAME_INS.text();
            case SAME_TRAITS -> PrescriptionText.CHECK_SAME_TRAITS.text();
            case TRAITS_DIFFER -> PrescriptionText.CHECK_TRAITS_DIFFER.text();
            case OTHER_PATIENT -> PrescriptionText.CHECK_OTHER_PATIENT.text();
            case NOT_CHECKED -> PrescriptionText.CHECK_NOT_CHECKED.text();
        });
        Optional<TraitsComparison> comparison = current.comparison();
        comparison.ifPresent(c -> c.rows().forEach(row -> traits.add(new TraitRow(row.trait().label(),
                row.insi(), row.local(), row.equal()))));
        remainingText.set("");
        boolean open = prescription.status() == EPrescriptionPort.Status.ACTIVE
                || prescription.status() == EPrescriptionPort.Status.PARTIALLY_DISPENSED;
        canDeliver.set(open && check != PatientCheck.OTHER_PATIENT && !rows.isEmpty());
        say(open ? PrescriptionText.COUNTER_FETCHED.text(rows.size())
                : PrescriptionText.COUNTER_CLOSED.text(statusLabel(prescription.status())),
                open ? Tone.SUCCESS : Tone.WARNING);
    }

    private void box(ScanResult.MedicineBox box) {
        LocalDate today = LocalDate.now(clock);
        try {
            ScanField.requireNotExpired(box, today);
        } catch (SegurException expired) {
            say(expired.code() + " : " + expired.userMessage(), Tone.ERROR);
            return;
        }
        if (current == null) {
            say(PrescriptionText.COUNTER_BOX_NO_PRESCRIPTION.text(box.cip13()), Tone.WARNING);
            return;
        }
        for (CounterLineRow row : rows) {
            EPrescriptionPort.Product product = row.line().product();
            boolean same = product.system() == EPrescriptionPort.CodeSystem.CIP13 && product.code().equals(box.cip13());
            if (same || (row.substitutable() && context.fits(row.line(), box.cip13()))) {
                if (!same) {
                    DrugChoice substitute = row.substitutes().stream().filter(s -> box.cip13().equals(s.cip13()))
                            .findFirst().orElse(new DrugChoice(null, box.cip13(), context.labelOf(box.cip13()), null));
                    row.substituteProperty().set(substitute);
                }
                String lot = box.lot() == null ? "" : PrescriptionText.COUNTER_LOT.text(box.lot(),
                        box.expiry() == null ? "?" : box.expiry().format(FRENCH_DATE));
                row.scannedProperty().set(PrescriptionText.COUNTER_BOX_READ.text() + lot);
                say(PrescriptionText.COUNTER_BOX_FITS.text(row.number(), same ? row.label()
                        : row.substituteProperty().get().label()), Tone.SUCCESS);
                return;
            }
        }
        say(PrescriptionText.COUNTER_BOX_NO_LINE.text(context.labelOf(box.cip13())), Tone.WARNING);
    }

    /** « Délivrer »: records the exécution with the quantities and substitutes chosen. */
    public void deliver() {
        if (current == null || !canDeliver.get() || busy.get()) {
            return;
        }
        List<DispenseLine> given = new ArrayList<>();
        for (CounterLineRow row : rows) {
            BigDecimal quantity;
            try {
                quantity = new BigDecimal(row.quantityProperty().get().strip().replace(',', '.'));
            } catch (NumberFormatException | NullPointerException e) {
                say(PrescriptionText.COUNTER_BAD_QUANTITY.text(row.number()), Tone.ERROR);
                return;
            }
            if (quantity.signum() > 0) {
                DrugChoice substitute = row.substituteProperty().get();
                given.add(new DispenseLine(row.number(), quantity, substitute == null ? null : substitute.cip13(),
                        substitute == null ? null : substitute.label(), null));
            }
        }
        if (given.isEmpty()) {
            say(PrescriptionText.COUNTER_NOTHING_GIVEN.text(), Tone.WARNING);
            return;
        }
        CounterPrescription prescription = current;
        busy.set(true);
        deliverSlot.submit(BackgroundTask.of(PrescriptionText.COUNTER_DELIVERING.text(),
                        () -> context.dispense(caller, prescription, given))
                .onSuccess(done -> delivered(done, given))
                .onFailure(error -> {
                    busy.set(false);
                    say(ErrorText.of(error), Tone.ERROR);
                }));
    }

    private void delivered(LocalDispensation done, List<DispenseLine> given) {
        busy.set(false);
        canDeliver.set(false);
        List<String> left = new ArrayList<>();
        for (CounterLineRow row : rows) {
            BigDecimal gave = given.stream().filter(g -> g.lineNumber() == row.number())
                    .map(DispenseLine::quantity).findFirst().orElse(BigDecimal.ZERO);
            BigDecimal rest = row.remaining().subtract(gave);
            if (rest.signum() > 0) {
                left.add(PrescriptionText.COUNTER_REMAINS_LINE.text(row.number(), row.label(),
                        rest.stripTrailingZeros().toPlainString(), row.line().quantityUnit()));
            }
        }
        remainingText.set(left.isEmpty() ? PrescriptionText.COUNTER_REMAINS_NONE.text()
                : PrescriptionText.COUNTER_REMAINS.text(String.join(" ; ", left)));
        say(PrescriptionText.COUNTER_DELIVERED.text(done.state().label()), Tone.SUCCESS);
        refreshPending();
    }

    /** Reloads the list of writes waiting for the service. */
    public void refreshPending() {
        if (!context.available()) {
            pending.clear();
            return;
        }
        pendingSlot.submit(BackgroundTask.of(PrescriptionText.COUNTER_PENDING_LOADING.text(),
                        () -> context.pending(caller))
                .onSuccess(this::showPending)
                .onFailure(error -> pending.setAll(ErrorText.of(error))));
    }

    private void showPending(EPrescriptions.Pending waiting) {
        List<String> lines = new ArrayList<>();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(ZoneId.systemDefault());
        waiting.prescriptions().forEach(p -> lines.add(PrescriptionText.PENDING_PRESCRIPTION.text(
                time.format(p.createdAt()), p.lines().size(), p.state().label())));
        waiting.dispensations().forEach(d -> lines.add(PrescriptionText.PENDING_DISPENSATION.text(
                time.format(d.createdAt()), d.prescriptionId(), d.lines().size(), d.state().label())));
        pending.setAll(lines);
    }

    /** Clears the screen for the next patient. */
    public void clear() {
        current = null;
        rows.clear();
        traits.clear();
        heading.set("");
        patientText.set("");
        checkText.set("");
        checkDiffers.set(false);
        remainingText.set("");
        canDeliver.set(false);
        say(PrescriptionText.COUNTER_READY.text(), Tone.INFO);
    }

    private void say(String text, Tone kind) {
        message.set(text);
        tone.set(kind);
    }

    private static String statusLabel(EPrescriptionPort.Status status) {
        return switch (status) {
            case ACTIVE -> PrescriptionText.STATUS_ACTIVE.text();
            case PARTIALLY_DISPENSED -> PrescriptionText.STATUS_PARTIAL.text();
            case COMPLETED -> PrescriptionText.STATUS_COMPLETED.text();
            case CANCELLED -> PrescriptionText.STATUS_CANCELLED.text();
        };
    }

    private static String prescriberName(EPrescriptionPort.Prescriber prescriber) {
        String name = (prescriber.firstName() + " " + prescriber.lastName()).strip();
        return name.isEmpty() ? prescriber.nationalId() : name;
    }

    public StringProperty scanTextProperty() {
        return scanText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty patientTextProperty() {
        return patientText;
    }

    public ReadOnlyStringProperty checkTextProperty() {
        return checkText;
    }

    public ReadOnlyBooleanProperty checkDiffersProperty() {
        return checkDiffers;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty canDeliverProperty() {
        return canDeliver;
    }

    public ObservableList<CounterLineRow> rows() {
        return rows;
    }

    public ObservableList<TraitRow> traits() {
        return traits;
    }

    public ObservableList<String> pending() {
        return pending;
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText;
    }

    public CounterPrescription current() {
        return current;
    }
}
