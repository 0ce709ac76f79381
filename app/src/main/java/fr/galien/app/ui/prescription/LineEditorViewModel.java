package fr.galien.app.ui.prescription;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.core.error.SegurException;
import fr.galien.core.ordonnance.NonSubstitution;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.OrdonnanceRules;
import fr.galien.core.ordonnance.Posology;
import fr.galien.core.ordonnance.TreatmentDuration;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one ordonnance line: drug search as you type, structured posology (dose, unit, times per period,
 * moment) or free text, duration, quantity, renewals, « non substituable » with its justification, ALD. {@link
 * #build(int)} checks it with the core rules and returns the line, or throws the coded French error.
 */
public final class LineEditorViewModel {

    public static final int SEARCH_LIMIT = 30;

    private final StringProperty drugQuery = new SimpleStringProperty(this, "drugQuery", "");
    private final ObservableList<DrugChoice> drugResults = FXCollections.observableArrayList();
    private final ObjectProperty<DrugChoice> drug = new SimpleObjectProperty<>(this, "drug");
    private final BooleanProperty freeText = new SimpleBooleanProperty(this, "freeText", false);
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "1");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "comprimé");
    private final StringProperty times = new SimpleStringProperty(this, "times", "1");
    private final ObjectProperty<Posology.Period> period = new SimpleObjectProperty<>(this, "period",
            Posology.Period.JOUR);
    private final StringProperty moment = new SimpleStringProperty(this, "moment", "");
    private final StringProperty posologyText = new SimpleStringProperty(this, "posologyText", "");
    private final StringProperty durationValue = new SimpleStringProperty(this, "durationValue", "");
    private final ObjectProperty<TreatmentDuration.Unit> durationUnit = new SimpleObjectProperty<>(this,
            "durationUnit", TreatmentDuration.Unit.JOURS);
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "1 boîte");
    private final StringProperty renewals = new SimpleStringProperty(this, "renewals", "0");
    private final ObjectProperty<NonSubstitution> nonSubstitutable = new SimpleObjectProperty<>(this,
            "nonSubstitutable");
    private final BooleanProperty ald = new SimpleBooleanProperty(this, "ald", false);
    private final StringProperty withdrawal = new SimpleStringProperty(this, "withdrawal", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final TaskSlot searchSlot;
    private final BiFunction<String, Integer, List<DrugChoice>> search;

    public LineEditorViewModel(BiFunction<String, Integer, List<DrugChoice>> search, TaskExecutor tasks,
                               Debouncer debouncer) {
        this.search = Objects.requireNonNull(search, "search");
        this.searchSlot = new TaskSlot(tasks);
        drugQuery.addListener((obs, before, now) -> {
            DrugChoice chosen = drug.get();
            if (chosen != null && !chosen.label().equals(now)) {
                drug.set(null);
            }
            debouncer.submit(this::searchNow);
        });
    }

    /** Searches the catalogue for the current query (the debounce calls this after each keystroke). */
    public void searchNow() {
        String query = drugQuery.get() == null ? "" : drugQuery.get().strip();
        if (query.length() < 2) {
            searchSlot.cancel();
            drugResults.clear();
            return;
        }
        searchSlot.submit(BackgroundTask.of(PrescriptionText.SEARCHING_DRUGS.text(),
                        () -> search.apply(query, SEARCH_LIMIT))
                .onSuccess(drugResults::setAll)
                .onFailure(e -> drugResults.clear()));
    }

    /** Picks a search result: its label goes into the field. */
    public void choose(DrugChoice choice) {
        if (choice != null) {
            drug.set(choice);
            drugQuery.set(choice.label());
            drug.set(choice);
        }
    }

    /**
     * The line as typed, numbered {@code number} for the error messages.
     *
     * @throws SegurException {@code ORD-0002}…{@code ORD-0004} with a French sentence
     */
    public OrdonnanceLine build(int number) {
        String label = drug.get() != null ? drug.get().label() : blankToNull(drugQuery.get());
        int renewalCount = parseInt(renewals.get(), 0);
        BigDecimal doseValue = null;
        int timesValue = 0;
        if (!freeText.get()) {
            doseValue = parseDecimal(dose.get());
            timesValue = parseInt(times.get(), 0);
            if (doseValue == null) {
                doseValue = BigDecimal.ZERO;
            }
        }
        OrdonnanceRules.checkLine(number, label, renewalCount, doseValue, timesValue);
        Posology posology;
        if (freeText.get()) {
            String text = blankToNull(posologyText.get());
            if (text == null) {
                throw new SegurException(fr.galien.core.ordonnance.OrdonnanceError.ORD_0004, number);
            }
            posology = Posology.free(text);
        } else {
            posology = Posology.structured(doseValue, blankToNull(unit.get()) == null ? "prise" : unit.get().strip(),
                    timesValue, period.get(), blankToNull(moment.get()));
        }
        int days = parseInt(durationValue.get(), 0);
        TreatmentDuration duration = days > 0 ? new TreatmentDuration(days, durationUnit.get()) : null;
        return new OrdonnanceLine(label, drug.get() == null ? null : drug.get().cip13(), posology, duration,
                blankToNull(quantity.get()), renewalCount, nonSubstitutable.get(), ald.get(),
                blankToNull(withdrawal.get()));
    }

    /** Back to an empty form for the next line (units and period kept: the next line is often alike). */
    public void clear() {
        drug.set(null);
        drugQuery.set("");
        drugResults.clear();
        dose.set("1");
        times.set("1");
        moment.set("");
        posologyText.set("");
        durationValue.set("");
        quantity.set("1 boîte");
        renewals.set("0");
        nonSubstitutable.set(null);
        ald.set(false);
        withdrawal.set("");
        error.set("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BigDecimal parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(',', '.');
        if (t.equals("1/2")) {
            return new BigDecimal("0.5");
        }
        if (t.equals("1/4")) {
            return new BigDecimal("0.25");
        }
        if (t.equals("3/4")) {
            return new BigDecimal("0.75");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    public StringProperty drugQueryProperty() {
        return drugQuery;
    }

    public ObservableList<DrugChoice> drugResults() {
        return drugResults;
    }

    public ObjectProperty<DrugChoice> drugProperty() {
        return drug;
    }

    public BooleanProperty freeTextProperty() {
        return freeText;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty timesProperty() {
        return times;
    }

    public ObjectProperty<Posology.Period> periodProperty() {
        return period;
    }

    public StringProperty momentProperty() {
        return moment;
    }

    public StringProperty posologyTextProperty() {
        return posologyText;
    }

    public StringProperty durationValueProperty() {
        return durationValue;
    }

    public ObjectProperty<TreatmentDuration.Unit> durationUnitProperty() {
        return durationUnit;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty renewalsProperty() {
        return renewals;
    }

    public ObjectProperty<NonSubstitution> nonSubstitutableProperty() {
        return nonSubstitutable;
    }

    public BooleanProperty aldProperty() {
        return ald;
    }

    public StringProperty withdrawalProperty() {
        return withdrawal;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
