package fr.galien.app.ui.patients;

import fr.galien.app.ui.common.PatientRow;
import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.ErrorText;
import fr.galien.app.ui.common.FieldErrorTexts;
import fr.galien.app.ui.common.LookalikeDecision;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.ValidationException;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The patient file form: new patient or edit. Validation is the registry's ({@link ValidationException} field
 * errors land under their fields); only the birth date is checked here, because an unreadable date cannot even be
 * put in a {@link Patient}.
 *
 * <p>What the user typed is never overwritten by a failure: on a conflict ({@code CORE-0006}) the edits stay on
 * screen so nothing is lost.
 */
public final class PatientFormViewModel {

    private final PatientRegistry registry;
    private final Caller caller;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final StringProperty birthName = new SimpleStringProperty(this, "birthName", "");
    private final StringProperty usedName = new SimpleStringProperty(this, "usedName", "");
    private final StringProperty firstNames = new SimpleStringProperty(this, "firstNames", "");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    private final StringProperty birthDate = new SimpleStringProperty(this, "birthDate", "");
    private final StringProperty birthPlaceCode = new SimpleStringProperty(this, "birthPlaceCode", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty postalCode = new SimpleStringProperty(this, "postalCode", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");

    private final FieldErrorTexts errors = new FieldErrorTexts();
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", UiText.FORM_TITLE_NEW.text());
    private final ReadOnlyStringWrapper identityStatus =
            new ReadOnlyStringWrapper(this, "identityStatus", IdentityStatus.PROVISOIRE.label());
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyBooleanWrapper strictTraitsLocked =
            new ReadOnlyBooleanWrapper(this, "strictTraitsLocked", false);

    /** The patient as last read or saved; null while creating a new one. */
    private Patient original;
    private Consumer<Patient> onSaved = patient -> { };
    private Consumer<Patient> onOpenExisting = patient -> { };
    private Consumer<Patient> onShown = patient -> { };
    private Runnable onStartNew = () -> { };
    /** The field texts as last filled from {@link #original}: what "unsaved edits" is measured against. */
    private List<Object> filled = List.of();

    public PatientFormViewModel(PatientRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs) {
        this.registry = Objects.requireNonNull(registry);
        this.caller = Objects.requireNonNull(caller);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        PatientFields.ALL.forEach(errors::add);
    }

    /** Empties the form for a new patient. */
    public void startNew() {
        original = null;
        fill(Patient.draft("", null, List.of(), null, null, null, Contact.NONE));
        title.set(UiText.FORM_TITLE_NEW.text());
        onStartNew.run();
    }

    /** Reads the patient through the registry (an audited opening of the file) and shows it. */
    public void open(UUID id) {
        clearMessages();
        tasks.execute(BackgroundTask.of(UiText.PATIENTS_OPENING.text(), () -> registry.open(caller, id))
                .onRunning(() -> working.set(true))
                .onSuccess(patient -> {
                    working.set(false);
                    show(patient);
                })
                .onFailure(error -> {
                    working.set(false);
                    dialogs.showError(error);
                }));
    }

    /** Shows an already read patient. */
    public void show(Patient patient) {
        original = patient;
        fill(patient);
        title.set(UiText.FORM_TITLE_EDIT.text(PatientRow.summary(patient)));
        onShown.accept(patient);
    }

    private void fill(Patient patient) {
        clearMessages();
        birthName.set(text(patient.birthName()));
        usedName.set(text(patient.usedName()));
        firstNames.set(String.join(" ", patient.firstNames()));
        sex.set(patient.sex());
        birthDate.set(patient.birthDate() == null ? "" : patient.birthDate().toFrench());
        birthPlaceCode.set(text(patient.birthPlaceCode()));
        Contact contact = patient.contact();
        phone.set(text(contact.phone()));
        email.set(text(contact.email()));
        address.set(text(contact.address()));
        postalCode.set(text(contact.postalCode()));
        city.set(text(contact.city()));
        identityStatus.set(patient.identityStatus().label());
        // REM 26: the strict traits of a récupérée or qualifiée identity are INSi's; the registry refuses their
        // edit anyway (INS-0033), the form says so first. "Corriger l'identité…" is the way to change them.
        strictTraitsLocked.set(IdentityRules.strictTraitsComeFromInsi(patient.identityStatus()));
        filled = snapshot();
    }

    /** True when a field differs from the file as last read or saved (always false for a new, untouched file). */
    public boolean hasUnsavedChanges() {
        return !snapshot().equals(filled);
    }

    private List<Object> snapshot() {
        return Arrays.asList(text(birthName.get()).strip(), text(usedName.get()).strip(),
                text(firstNames.get()).strip().replaceAll("\\s+", " "), sex.get(), text(birthDate.get()).strip(),
                text(birthPlaceCode.get()).strip(), text(phone.get()).strip(), text(email.get()).strip(),
                text(address.get()).strip(), text(postalCode.get()).strip(), text(city.get()).strip());
    }

    /**
     * Saves: a new patient is first compared with existing ones (lookalike warning), an existing one is updated
     * with the version read, so a concurrent change on another workstation is refused rather than overwritten.
     */
    public void save() {
        if (working.get()) {
            return;
        }
        clearMessages();
        Optional<Patient> built = buildPatient();
        if (built.isEmpty()) {
            formMessage.set(UiText.FORM_HAS_ERRORS.text());
            return;
        }
        Patient patient = built.get();
        if (original == null) {
            createAfterLookalikeCheck(patient);
        } else {
            update(patient);
        }
    }

    private void createAfterLookalikeCheck(Patient draft) {
        if (draft.birthDate() == null || blank(draft.birthName())) {
            create(draft); // nothing to compare on: the registry's validation will say what is missing
            return;
        }
        tasks.execute(BackgroundTask.of(UiText.FORM_CHECKING_LOOKALIKES.text(), () -> registry.lookalikes(caller, draft))
                .onRunning(() -> working.set(true))
                .onSuccess(lookalikes -> {
                    working.set(false);
                    if (lookalikes.isEmpty()) {
                        create(draft);
                        return;
                    }
                    LookalikeDecision decision = dialogs.chooseOnLookalikes(draft, lookalikes);
                    switch (decision.choice()) {
                        case CREATE_ANYWAY -> create(draft);
                        case OPEN_EXISTING -> onOpenExisting.accept(decision.existing());
                        case CANCEL -> { }
                    }
                })
                .onFailure(this::saveFailed));
    }

    private void create(Patient draft) {
        tasks.execute(BackgroundTask.of(UiText.FORM_SAVING.text(), () -> registry.create(caller, draft))
                .onRunning(() -> working.set(true))
                .onSuccess(this::saved)
                .onFailure(this::saveFailed));
    }

    private void update(Patient edited) {
        tasks.execute(BackgroundTask.of(UiText.FORM_SAVING.text(), () -> registry.update(caller, edited))
                .onRunning(() -> working.set(true))
                .onSuccess(this::saved)
                .onFailure(this::saveFailed));
    }

    private void saved(Patient patient) {
        working.set(false);
        show(patient);
        formMessage.set(UiText.FORM_SAVED.text());
        onSaved.accept(patient);
    }

    private void saveFailed(Exception error) {
        working.set(false);
        if (error instanceof ValidationException validation) {
            showFieldErrors(validation.fieldErrors());
            return;
        }
        // A conflict (CORE-0006) like any other failure leaves every field as typed: the user compares with the
        // other workstation's version and nothing is lost.
        formMessage.set(ErrorText.of(error));
        dialogs.showError(error);
    }

    private void showFieldErrors(List<FieldError> fieldErrors) {
        formMessage.set(errors.place(fieldErrors, PatientFields::fieldFor, UiText.FORM_HAS_ERRORS.text()));
    }

    private Optional<Patient> buildPatient() {
        BirthDate date = null;
        String dateText = text(birthDate.get()).strip();
        if (!dateText.isEmpty()) {
            Optional<BirthDate> parsed = BirthDate.parseFrench(dateText);
            if (parsed.isEmpty()) {
                errors.set(PatientFields.BIRTH_DATE, UiText.FORM_BIRTH_DATE_INVALID.text());
                return Optional.empty();
            }
            date = parsed.get();
        }
        List<String> names = Arrays.stream(text(firstNames.get()).strip().split("\\s+"))
                .filter(name -> !name.isEmpty())
                .toList();
        Contact contact = new Contact(orNull(phone.get()), orNull(email.get()), orNull(address.get()),
                orNull(postalCode.get()), orNull(city.get()));
        String birth = text(birthName.get()).strip();
        if (original == null) {
            return Optional.of(Patient.draft(birth, orNull(usedName.get()), names, sex.get(), date,
                    orNull(birthPlaceCode.get()), contact));
        }
        return Optional.of(new Patient(original.id(), birth, orNull(usedName.get()), names, sex.get(), date,
                orNull(birthPlaceCode.get()), contact, original.identityStatus(), original.matricule(),
                original.oid(), original.attributes(), original.archived(), original.version()));
    }

    private void clearMessages() {
        errors.clearAll();
        formMessage.set("");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isNew() {
        return original == null;
    }

    public void setOnSaved(Consumer<Patient> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    /** Called each time a saved patient is shown (opened, saved, changed by an identity action). */
    public void setOnShown(Consumer<Patient> onShown) {
        this.onShown = Objects.requireNonNull(onShown);
    }

    /** Called when the form is emptied for a new patient. */
    /** Also tells {@code listener} when a patient is shown (sections of the file beside the identity panel). */
    public void addOnShown(Consumer<Patient> listener) {
        this.onShown = this.onShown.andThen(Objects.requireNonNull(listener));
    }

    /** Also tells {@code listener} when a new, unsaved file starts. */
    public void addOnStartNew(Runnable listener) {
        Runnable before = this.onStartNew;
        Objects.requireNonNull(listener);
        this.onStartNew = () -> {
            before.run();
            listener.run();
        };
    }

    public void setOnStartNew(Runnable onStartNew) {
        this.onStartNew = Objects.requireNonNull(onStartNew);
    }

    /** Called when the user chose to open an existing lookalike instead of creating a new patient. */
    public void setOnOpenExisting(Consumer<Patient> onOpenExisting) {
        this.onOpenExisting = Objects.requireNonNull(onOpenExisting);
    }

    /** The error under {@code field} (one of {@link PatientFields#ALL}); empty when the field is fine. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.property(field);
    }

    public StringProperty birthNameProperty() {
        return birthName;
    }

    public StringProperty usedNameProperty() {
        return usedName;
    }

    public StringProperty firstNamesProperty() {
        return firstNames;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public StringProperty birthPlaceCodeProperty() {
        return birthPlaceCode;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty identityStatusProperty() {
        return identityStatus.getReadOnlyProperty();
    }

    /** True while the identity is récupérée or qualifiée: the five strict traits are read-only (REM 26). */
    public ReadOnlyBooleanProperty strictTraitsLockedProperty() {
        return strictTraitsLocked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
