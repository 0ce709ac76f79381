package fr.galien.app.ui.owners;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.ErrorText;
import fr.galien.app.ui.common.FieldErrorTexts;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.error.ValidationException;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.vet.OwnerFile;
import fr.galien.core.vet.OwnerRegistry;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A client's file: the owner form, the owner's animals and the animal form under them. Validation is the
 * registry's (field errors land under their fields); only the animal's birth date is parsed here, because an
 * unreadable date cannot even be put in an {@link Animal}. A failure never clears what the user typed.
 *
 * <p>Animals can be added once the owner is saved (the registry attaches them to a stored owner).
 */
public final class OwnerFileViewModel {

    /** Animal fields share names with owner fields (sex, birth date…): their error keys carry this prefix. */
    private static final String ANIMAL_PREFIX = "animal.";
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private final OwnerRegistry registry;
    private final Caller caller;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", "");
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty postalCode = new SimpleStringProperty(this, "postalCode", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");

    private final StringProperty animalName = new SimpleStringProperty(this, "animalName", "");
    private final ObjectProperty<Species> species = new SimpleObjectProperty<>(this, "species");
    private final StringProperty breed = new SimpleStringProperty(this, "breed", "");
    private final ObjectProperty<AnimalSex> sex = new SimpleObjectProperty<>(this, "sex");
    private final StringProperty birthDate = new SimpleStringProperty(this, "birthDate", "");
    private final StringProperty identification = new SimpleStringProperty(this, "identification", "");

    private final FieldErrorTexts errors = new FieldErrorTexts();
    private final ReadOnlyStringWrapper ownerMessage = new ReadOnlyStringWrapper(this, "ownerMessage", "");
    private final ReadOnlyStringWrapper animalMessage = new ReadOnlyStringWrapper(this, "animalMessage", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", OwnersText.OWNER_TITLE_NEW.text());
    private final ReadOnlyStringWrapper animalTitle =
            new ReadOnlyStringWrapper(this, "animalTitle", OwnersText.ANIMAL_TITLE_NEW.text());
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", false);
    private final ReadOnlyBooleanWrapper editingAnimal = new ReadOnlyBooleanWrapper(this, "editingAnimal", false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ObservableList<AnimalRow> animals = FXCollections.observableArrayList();
    private final ObjectProperty<AnimalRow> selectedAnimal = new SimpleObjectProperty<>(this, "selectedAnimal");

    /** The owner as last read or saved; null while creating a new client. */
    private Owner original;
    /** The animal being edited; null when adding a new one. */
    private Animal editedAnimal;
    /** The owner's and the animal's fields as last filled: what "unsaved edits" is measured against. */
    private java.util.List<Object> ownerFilled = java.util.List.of();
    private java.util.List<Object> animalFilled = java.util.List.of();
    /** What to do once the owner's or the animal's save under way succeeds (leaving after « Enregistrer »). */
    private Runnable afterOwnerSave;
    private Runnable afterAnimalSave;

    public OwnerFileViewModel(OwnerRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs) {
        this.registry = Objects.requireNonNull(registry);
        this.caller = Objects.requireNonNull(caller);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        OwnerFields.OWNER.forEach(errors::add);
        OwnerFields.ANIMAL.forEach(field -> errors.add(ANIMAL_PREFIX + field));
    }

    // --- owner ----------------------------------------------------------------------------------------------------

    /** Empties the file for a new client. */
    public void startNew() {
        original = null;
        fillOwner(new Owner(null, "", null, Contact.NONE, false, 0));
        animals.clear();
        closeAnimalEditor();
        saved.set(false);
        title.set(OwnersText.OWNER_TITLE_NEW.text());
    }

    /** Reads the client's file through the registry (an audited opening) and shows it. */
    public void open(UUID ownerId) {
        clearOwnerMessages();
        run(OwnersText.OPENING, () -> registry.openOwner(caller, ownerId), this::show, dialogs::showError);
    }

    /** Shows an already read file. */
    public void show(OwnerFile file) {
        original = file.owner();
        fillOwner(file.owner());
        animals.setAll(file.animals().stream().map(AnimalRow::of).toList());
        closeAnimalEditor();
        saved.set(true);
        title.set(OwnersText.OWNER_TITLE_EDIT.text(OwnerRow.summary(file.owner())));
    }

    /** Creates or updates the owner (the version read guards against a concurrent change: {@code CORE-0006}). */
    public void saveOwner() {
        if (working.get()) {
            afterOwnerSave = null;
            return;
        }
        clearOwnerMessages();
        Contact contact = new Contact(orNull(phone.get()), orNull(email.get()), orNull(address.get()),
                orNull(postalCode.get()), orNull(city.get()));
        String last = text(lastName.get()).strip();
        if (original == null) {
            Owner draft = new Owner(null, last, orNull(firstName.get()), contact, false, 0);
            run(OwnersText.OWNER_SAVING, () -> registry.createOwner(caller, draft), this::ownerSaved,
                    this::ownerSaveFailed);
        } else {
            Owner edited = new Owner(original.id(), last, orNull(firstName.get()), contact, original.archived(),
                    original.version());
            run(OwnersText.OWNER_SAVING, () -> registry.updateOwner(caller, edited), this::ownerSaved,
                    this::ownerSaveFailed);
        }
    }

    private void ownerSaved(Owner owner) {
        original = owner;
        fillOwner(owner);
        saved.set(true);
        title.set(OwnersText.OWNER_TITLE_EDIT.text(OwnerRow.summary(owner)));
        ownerMessage.set(OwnersText.OWNER_SAVED.text());
        Runnable next = afterOwnerSave;
        afterOwnerSave = null;
        runAndClear(next);
    }

    private void ownerSaveFailed(Exception error) {
        afterOwnerSave = null;
        afterAnimalSave = null;
        if (error instanceof ValidationException validation) {
            ownerMessage.set(errors.place(validation.fieldErrors(), field -> field, OwnersText.HAS_ERRORS.text()));
            return;
        }
        ownerMessage.set(ErrorText.of(error));
        dialogs.showError(error);
    }

    private void fillOwner(Owner owner) {
        clearOwnerMessages();
        lastName.set(text(owner.lastName()));
        firstName.set(text(owner.firstName()));
        Contact contact = owner.contact();
        phone.set(text(contact.phone()));
        email.set(text(contact.email()));
        address.set(text(contact.address()));
        postalCode.set(text(contact.postalCode()));
        city.set(text(contact.city()));
        ownerFilled = ownerSnapshot();
    }

    private java.util.List<Object> ownerSnapshot() {
        return java.util.Arrays.asList(text(lastName.get()).strip(), text(firstName.get()).strip(),
                text(phone.get()).strip(), text(email.get()).strip(), text(address.get()).strip(),
                text(postalCode.get()).strip(), text(city.get()).strip());
    }

    private java.util.List<Object> animalSnapshot() {
        return java.util.Arrays.asList(text(animalName.get()).strip(), species.get(), text(breed.get()).strip(),
                sex.get(), text(birthDate.get()).strip(), text(identification.get()).strip());
    }

    private boolean ownerChanged() {
        return !ownerSnapshot().equals(ownerFilled);
    }

    private boolean animalChanged() {
        return editingAnimal.get() && !animalSnapshot().equals(animalFilled);
    }

    /** True when the client's fields, or the animal form being edited, differ from what was last read or saved. */
    public boolean hasUnsavedChanges() {
        return ownerChanged() || animalChanged();
    }

    /**
     * Leaving the file (Échap, « Fermer », another area, closing the window, « Se déconnecter »): at once when
     * nothing changed; otherwise « Enregistrer / Ne pas enregistrer / Annuler ». « Enregistrer » saves the client
     * then the animal being edited, and {@code then} runs once both saves succeeded; never on « Annuler » or a
     * failed save (the edits stay on screen with the error).
     */
    public void leave(Runnable then) {
        Objects.requireNonNull(then, "then");
        if (!hasUnsavedChanges()) {
            then.run();
            return;
        }
        String what = original == null ? fr.galien.app.ui.common.UiText.UNSAVED_NEW_OWNER.text()
                : fr.galien.app.ui.common.UiText.UNSAVED_OWNER.text(OwnerRow.summary(original));
        switch (dialogs.askToSave(what)) {
            case SAVE -> {
                Runnable animalThen = () -> {
                    if (animalChanged()) {
                        afterAnimalSave = then;
                        saveAnimal();
                    } else {
                        then.run();
                    }
                };
                if (ownerChanged()) {
                    afterOwnerSave = animalThen;
                    saveOwner();
                } else {
                    animalThen.run();
                }
            }
            case DISCARD -> {
                fillOwner(original != null ? original : new Owner(null, "", null, Contact.NONE, false, 0));
                closeAnimalEditor();
                then.run();
            }
            case CANCEL -> { }
        }
    }

    private static void runAndClear(Runnable next) {
        if (next != null) {
            next.run();
        }
    }

    // --- animals --------------------------------------------------------------------------------------------------

    /** Opens an empty animal form (only once the owner is saved). */
    public void newAnimal() {
        if (original == null) {
            ownerMessage.set(OwnersText.ANIMALS_SAVE_OWNER_FIRST.text());
            return;
        }
        editedAnimal = null;
        fillAnimal(new Animal(null, original.id(), "", null, null, null, null, null, false, 0));
        animalTitle.set(OwnersText.ANIMAL_TITLE_NEW.text());
        editingAnimal.set(true);
    }

    /** Opens the selected animal in the animal form. */
    public void editSelectedAnimal() {
        AnimalRow row = selectedAnimal.get();
        if (row == null) {
            return;
        }
        editedAnimal = row.animal();
        fillAnimal(row.animal());
        animalTitle.set(OwnersText.ANIMAL_TITLE_EDIT.text(row.name()));
        editingAnimal.set(true);
    }

    public void cancelAnimal() {
        closeAnimalEditor();
    }

    /** Échap in the animal form: closes it, asking first when the animal's fields were changed. */
    public void leaveAnimal() {
        if (!animalChanged()) {
            closeAnimalEditor();
            return;
        }
        String name = text(animalName.get()).strip();
        switch (dialogs.askToSave(OwnersText.ANIMAL_UNSAVED.text(name.isEmpty() ? "?" : name))) {
            case SAVE -> saveAnimal();
            case DISCARD -> closeAnimalEditor();
            case CANCEL -> { }
        }
    }

    /** Adds or updates the animal in the form, then refreshes the list of animals. */
    public void saveAnimal() {
        if (working.get() || original == null) {
            afterAnimalSave = null;
            return;
        }
        clearAnimalMessages();
        Optional<LocalDate> date = parseDate(birthDate.get());
        if (date == null) {
            afterAnimalSave = null;
            errors.set(ANIMAL_PREFIX + OwnerFields.BIRTH_DATE, OwnersText.ANIMAL_BIRTH_DATE_INVALID.text());
            animalMessage.set(OwnersText.HAS_ERRORS.text());
            return;
        }
        UUID ownerId = original.id();
        String speciesCode = species.get() == null ? null : species.get().code();
        Animal draft = new Animal(editedAnimal == null ? null : editedAnimal.id(), ownerId,
                text(animalName.get()).strip(), speciesCode, orNull(breed.get()), sex.get(), date.orElse(null),
                orNull(identification.get()), false, editedAnimal == null ? 0 : editedAnimal.version());
        boolean adding = editedAnimal == null;
        run(OwnersText.ANIMAL_SAVING,
                () -> adding ? registry.addAnimal(caller, ownerId, draft) : registry.updateAnimal(caller, draft),
                animal -> refreshAfterAnimalChange(OwnersText.ANIMAL_SAVED.text()),
                this::animalSaveFailed);
    }

    /** Archives the selected animal after confirmation. */
    public void archiveSelectedAnimal() {
        AnimalRow row = selectedAnimal.get();
        if (row == null) {
            return;
        }
        boolean confirmed = dialogs.confirm(OwnersText.ANIMALS_ARCHIVE_CONFIRM_TITLE.text(),
                OwnersText.ANIMALS_ARCHIVE_CONFIRM.text(row.name()), OwnersText.ANIMALS_ARCHIVE.text());
        if (!confirmed) {
            return;
        }
        Animal animal = row.animal();
        run(OwnersText.ANIMALS_ARCHIVING, () -> registry.archiveAnimal(caller, animal.id(), animal.version()),
                archived -> refreshAfterAnimalChange(""), dialogs::showError);
    }

    private void refreshAfterAnimalChange(String message) {
        closeAnimalEditor();
        UUID ownerId = original.id();
        Runnable next = afterAnimalSave;
        afterAnimalSave = null;
        run(OwnersText.OPENING, () -> registry.openOwner(caller, ownerId), file -> {
            show(file);
            animalMessage.set(message);
            runAndClear(next);
        }, dialogs::showError);
    }

    private void animalSaveFailed(Exception error) {
        afterAnimalSave = null;
        if (error instanceof ValidationException validation) {
            animalMessage.set(errors.place(validation.fieldErrors(), field -> ANIMAL_PREFIX + field,
                    OwnersText.HAS_ERRORS.text()));
            return;
        }
        animalMessage.set(ErrorText.of(error));
        dialogs.showError(error);
    }

    private void fillAnimal(Animal animal) {
        clearAnimalMessages();
        animalName.set(text(animal.name()));
        species.set(Species.fromCode(animal.species()).orElse(animal.species() == null ? null : Species.AUTRE));
        breed.set(text(animal.breed()));
        sex.set(animal.sex());
        birthDate.set(animal.birthDate() == null ? "" : AnimalRow.FRENCH_DATE.format(animal.birthDate()));
        identification.set(text(animal.identificationNumber()));
        animalFilled = animalSnapshot();
    }

    private void closeAnimalEditor() {
        editedAnimal = null;
        editingAnimal.set(false);
        clearAnimalMessages();
    }

    /** Empty optional for an empty text, null for an unreadable one. */
    private static Optional<LocalDate> parseDate(String value) {
        String text = text(value).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = FRENCH_DATE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // --- shared ---------------------------------------------------------------------------------------------------

    private <T> void run(OwnersText what, java.util.concurrent.Callable<T> call, java.util.function.Consumer<T> ok,
                         java.util.function.Consumer<Exception> failed) {
        tasks.execute(BackgroundTask.of(what.text(), call)
                .onRunning(() -> working.set(true))
                .onSuccess(result -> {
                    working.set(false);
                    ok.accept(result);
                })
                .onFailure(error -> {
                    working.set(false);
                    failed.accept(error);
                }));
    }

    private void clearOwnerMessages() {
        OwnerFields.OWNER.forEach(errors::clear);
        ownerMessage.set("");
    }

    private void clearAnimalMessages() {
        OwnerFields.ANIMAL.forEach(field -> errors.clear(ANIMAL_PREFIX + field));
        animalMessage.set("");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- properties -----------------------------------------------------------------------------------------------

    /** The error under an owner field ({@link OwnerFields#OWNER}); empty when the field is fine. */
    public ReadOnlyStringProperty ownerErrorProperty(String field) {
        return errors.property(field);
    }

    /** The error under an animal field ({@link OwnerFields#ANIMAL}). */
    public ReadOnlyStringProperty animalErrorProperty(String field) {
        return errors.property(ANIMAL_PREFIX + field);
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty firstNameProperty() {
        return firstName;
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

    public StringProperty animalNameProperty() {
        return animalName;
    }

    public ObjectProperty<Species> speciesProperty() {
        return species;
    }

    public StringProperty breedProperty() {
        return breed;
    }

    public ObjectProperty<AnimalSex> sexProperty() {
        return sex;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public StringProperty identificationProperty() {
        return identification;
    }

    public ObservableList<AnimalRow> animals() {
        return animals;
    }

    public ObjectProperty<AnimalRow> selectedAnimalProperty() {
        return selectedAnimal;
    }

    public BooleanBinding noAnimalSelected() {
        return Bindings.isNull(selectedAnimal);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty animalTitleProperty() {
        return animalTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownerMessageProperty() {
        return ownerMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty animalMessageProperty() {
        return animalMessage.getReadOnlyProperty();
    }

    /** True once the owner exists in the registry: animals may then be added. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingAnimalProperty() {
        return editingAnimal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
