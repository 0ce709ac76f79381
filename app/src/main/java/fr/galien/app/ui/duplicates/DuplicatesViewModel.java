package fr.galien.app.ui.duplicates;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.PatientRow;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.patient.duplicates.DuplicatePair;
import fr.galien.core.patient.duplicates.DuplicateScorer;
import fr.galien.core.patient.duplicates.MergeRecord;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Doublons" worklist: probable duplicate pairs, the side-by-side comparison of the selected pair with the
 * reasons of its score, the survivor choice, and the actions (merge, "pas un doublon", undo a merge). Every call to
 * the core runs in a {@link BackgroundTask}; the core checks the permission and the RNIV rules, this model only
 * prevents the choice the core would refuse (retiring a qualified identity under an unqualified one).
 */
public final class DuplicatesViewModel {

    /** Which record of the selected pair is kept. */
    public enum Side { FIRST, SECOND }

    static final int HISTORY = 200;

    private final PatientDuplicates duplicates;
    private final Caller caller;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ObservableList<DuplicatePairRow> pairs = FXCollections.observableArrayList();
    private final ObservableList<MergeRow> merges = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<ReasonRow> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicatePairRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<MergeRow> selectedMerge = new SimpleObjectProperty<>(this, "selectedMerge");
    private final ObjectProperty<Side> survivor = new SimpleObjectProperty<>(this, "survivor", Side.FIRST);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper firstHeader = new ReadOnlyStringWrapper(this, "firstHeader", "");
    private final ReadOnlyStringWrapper secondHeader = new ReadOnlyStringWrapper(this, "secondHeader", "");
    private final ReadOnlyStringWrapper survivorWarning = new ReadOnlyStringWrapper(this, "survivorWarning", "");
    private final ReadOnlyBooleanWrapper survivorBlocked = new ReadOnlyBooleanWrapper(this, "survivorBlocked");
    /** The latest refresh: a newer one cancels it, so an older list never replaces a newer one. */
    private final TaskSlot refreshes;

    public DuplicatesViewModel(PatientDuplicates duplicates, Caller caller, TaskExecutor tasks,
                               DialogService dialogs, ZoneId zone) {
        this.duplicates = Objects.requireNonNull(duplicates);
        this.caller = Objects.requireNonNull(caller);
        this.tasks = Objects.requireNonNull(tasks);
        this.refreshes = new TaskSlot(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.zone = Objects.requireNonNull(zone);
        selected.addListener((obs, before, now) -> showPair(now));
        survivor.addListener((obs, before, now) -> updateSurvivor());
    }

    private record Loaded(List<DuplicatePair> pairs, List<MergeRecord> merges) {
    }

    /** Reads the pairs and the merge history again (when the area is shown, after every action). */
    public void refresh() {
        loading.set(true);
        refreshes.submit(BackgroundTask.of(DuplicatesText.LOADING.text(),
                        () -> new Loaded(duplicates.find(caller, DuplicateScorer.DEFAULT_THRESHOLD),
                                duplicates.merges(caller, HISTORY)))
                .onSuccess(loaded -> {
                    loading.set(false);
                    pairs.setAll(loaded.pairs().stream().map(DuplicatePairRow::of).toList());
                    merges.setAll(loaded.merges().stream().map(merge -> MergeRow.of(merge, zone)).toList());
                    countText.set(DuplicatesText.COUNT.text(loaded.pairs().size()));
                })
                .onFailure(error -> {
                    loading.set(false);
                    dialogs.showError(error);
                }));
    }

    /** Merges the selected pair, keeping the chosen side, after confirmation. */
    public void mergeSelected() {
        DuplicatePairRow row = selected.get();
        if (row == null || survivorBlocked.get()) {
            return;
        }
        Patient kept = survivorPatient(row.pair());
        Patient retired = row.pair().other(kept);
        boolean confirmed = dialogs.confirm(DuplicatesText.MERGE_CONFIRM_TITLE.text(),
                DuplicatesText.MERGE_CONFIRM.text(PatientRow.summary(kept), PatientRow.summary(retired)),
                DuplicatesText.MERGE.text());
        if (!confirmed) {
            return;
        }
        tasks.execute(BackgroundTask.of(DuplicatesText.MERGING.text(),
                        () -> duplicates.merge(caller, kept.id(), kept.version(), retired.id(), retired.version()))
                .onSuccess(merge -> done(DuplicatesText.MERGED.text()))
                .onFailure(this::failed));
    }

    /** "Pas un doublon": hides the selected pair until one of the identities changes. */
    public void dismissSelected() {
        DuplicatePairRow row = selected.get();
        if (row == null) {
            return;
        }
        Patient first = row.pair().first();
        Patient second = row.pair().second();
        tasks.execute(BackgroundTask.of(DuplicatesText.DISMISSING.text(), () -> {
                    duplicates.dismiss(caller, first.id(), first.version(), second.id(), second.version());
                    return Boolean.TRUE;
                })
                .onSuccess(ignored -> done(DuplicatesText.DISMISSED.text()))
                .onFailure(this::failed));
    }

    /** Undoes the selected merge after confirmation; the core refuses (and says why) if a record changed since. */
    public void unmergeSelected() {
        MergeRow row = selectedMerge.get();
        if (row == null || row.merge().undone()) {
            return;
        }
        boolean confirmed = dialogs.confirm(DuplicatesText.UNMERGE_CONFIRM_TITLE.text(),
                DuplicatesText.UNMERGE_CONFIRM.text(row.retired(), row.kept()), DuplicatesText.UNMERGE.text());
        if (!confirmed) {
            return;
        }
        tasks.execute(BackgroundTask.of(DuplicatesText.UNMERGING.text(),
                        () -> duplicates.unmerge(caller, row.merge().id()))
                .onSuccess(merge -> done(DuplicatesText.UNMERGED.text()))
                .onFailure(this::failed));
    }

    private void done(String text) {
        message.set(text);
        refresh();
    }

    private void failed(Exception error) {
        message.set("");
        dialogs.showError(error);
        refresh(); // what failed may have failed because the records changed: show them as they are
    }

    public void chooseSurvivor(Side side) {
        survivor.set(Objects.requireNonNull(side));
    }

    private void showPair(DuplicatePairRow row) {
        if (row == null) {
            comparison.clear();
            reasons.clear();
            survivorWarning.set("");
            survivorBlocked.set(false);
            firstHeader.set("");
            secondHeader.set("");
            return;
        }
        DuplicatePair pair = row.pair();
        comparison.setAll(compare(pair.first(), pair.second()));
        reasons.setAll(pair.reasons().stream().map(reason -> new ReasonRow(reason.text(), reason.forDuplicate()))
                .toList());
        Side suggested = pair.suggestedSurvivor().id().equals(pair.first().id()) ? Side.FIRST : Side.SECOND;
        if (survivor.get() == suggested) {
            updateSurvivor();
        } else {
            survivor.set(suggested);
        }
    }

    private void updateSurvivor() {
        DuplicatePairRow row = selected.get();
        if (row == null) {
            return;
        }
        Side side = survivor.get();
        firstHeader.set(header(1, side == Side.FIRST));
        secondHeader.set(header(2, side == Side.SECOND));
        Patient kept = survivorPatient(row.pair());
        Patient retired = row.pair().other(kept);
        boolean blocked = qualified(retired) && !qualified(kept);
        survivorBlocked.set(blocked);
        survivorWarning.set(blocked ? DuplicatesText.QUALIFIED_MUST_SURVIVE.text() : "");
    }

    private static String header(int number, boolean kept) {
        return DuplicatesText.RECORD.text(number) + " — "
                + (kept ? DuplicatesText.KEPT.text() : DuplicatesText.RETIRED.text());
    }

    private static boolean qualified(Patient patient) {
        return patient.identityStatus() == IdentityStatus.QUALIFIEE && patient.matricule() != null;
    }

    private Patient survivorPatient(DuplicatePair pair) {
        return survivor.get() == Side.SECOND ? pair.second() : pair.first();
    }

    /** The fields a person compares to decide, in the order of the patient file. */
    static List<ComparisonRow> compare(Patient a, Patient b) {
        List<ComparisonRow> rows = new ArrayList<>();
        add(rows, DuplicatesText.FIELD_BIRTH_NAME, a, b, Patient::birthName);
        add(rows, DuplicatesText.FIELD_USED_NAME, a, b, Patient::usedName);
        add(rows, DuplicatesText.FIELD_FIRST_NAMES, a, b, p -> String.join(" ", p.firstNames()));
        add(rows, DuplicatesText.FIELD_SEX, a, b, p -> p.sex() == null ? null : p.sex().label());
        add(rows, DuplicatesText.FIELD_BIRTH_DATE, a, b, p -> p.birthDate() == null ? null : p.birthDate().toFrench());
        add(rows, DuplicatesText.FIELD_BIRTH_PLACE, a, b, DuplicatesViewModel::birthPlaceShown);
        add(rows, DuplicatesText.FIELD_IDENTITY_STATUS, a, b, p -> p.identityStatus().label());
        add(rows, DuplicatesText.FIELD_MATRICULE, a, b, Patient::matricule);
        add(rows, DuplicatesText.FIELD_PHONE, a, b, p -> p.contact().phone());
        add(rows, DuplicatesText.FIELD_EMAIL, a, b, p -> p.contact().email());
        add(rows, DuplicatesText.FIELD_ADDRESS, a, b, p -> address(p.contact()));
        return rows;
    }

    private static void add(List<ComparisonRow> rows, DuplicatesText field, Patient a, Patient b,
                            Function<Patient, String> value) {
        String left = Objects.toString(value.apply(a), "").strip();
        String right = Objects.toString(value.apply(b), "").strip();
        rows.add(new ComparisonRow(field.text(), left, right, !left.equalsIgnoreCase(right)));
    }

    private static String address(Contact contact) {
        String town = Stream.of(contact.postalCode(), contact.city())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return Stream.of(contact.address(), town).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    public ObservableList<DuplicatePairRow> pairs() {
        return pairs;
    }

    public ObservableList<MergeRow> merges() {
        return merges;
    }

    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    public ObservableList<ReasonRow> reasons() {
        return reasons;
    }

    public ObjectProperty<DuplicatePairRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<MergeRow> selectedMergeProperty() {
        return selectedMerge;
    }

    public ObjectProperty<Side> survivorProperty() {
        return survivor;
    }

    public BooleanBinding noPairSelected() {
        return Bindings.isNull(selected);
    }

    /** Merge impossible: nothing selected, or the chosen survivor would retire a qualified identity. */
    public BooleanBinding mergeDisabled() {
        return Bindings.isNull(selected).or(survivorBlocked);
    }

    /** Undo impossible: nothing selected, or the merge is already undone. */
    public BooleanBinding unmergeDisabled() {
        return Bindings.createBooleanBinding(() -> selectedMerge.get() == null || selectedMerge.get().merge().undone(),
                selectedMerge);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** What the last action did ("Dossiers fusionnés…"); empty after a failure (the dialog said it). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstHeaderProperty() {
        return firstHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secondHeaderProperty() {
        return secondHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty survivorWarningProperty() {
        return survivorWarning.getReadOnlyProperty();
    }

    /** The birth place by its name (« Rennes (35) »); an unknown code as stored. */
    private static String birthPlaceShown(Patient patient) {
        String code = patient.birthPlaceCode();
        if (code == null || code.isBlank()) {
            return code;
        }
        return fr.galien.core.geo.BirthPlaces.ifLoaded().flatMap(places -> places.byCode(code))
                .map(fr.galien.core.geo.BirthPlace::label)
                .orElse(code);
    }
}
