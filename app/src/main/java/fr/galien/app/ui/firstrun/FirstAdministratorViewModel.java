package fr.galien.app.ui.firstrun;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.DialogService;
import fr.galien.core.account.AccountError;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.security.Role;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Compte administrateur" step of first run: the first local account of a real practice, with the role of the
 * practice's holder (or administrateur technique for the IT provider who installs the workstation). The core
 * checks login, name and password policy; its field errors come back under the fields.
 */
public final class FirstAdministratorViewModel {

    private final FirstAdministrator accounts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Practice practice;

    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final BooleanProperty itProvider = new SimpleBooleanProperty(this, "itProvider", false);
    private final ReadOnlyStringWrapper loginError = new ReadOnlyStringWrapper(this, "loginError", "");
    private final ReadOnlyStringWrapper displayNameError = new ReadOnlyStringWrapper(this, "displayNameError", "");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");
    private final ReadOnlyStringWrapper confirmationError = new ReadOnlyStringWrapper(this, "confirmationError", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ObjectBinding<Role> role;
    private final StringBinding roleText;
    private Runnable onCreated = () -> { };

    public FirstAdministratorViewModel(FirstAdministrator accounts, TaskExecutor tasks, DialogService dialogs,
                                       Practice practice) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.practice = Objects.requireNonNull(practice);
        role = Bindings.createObjectBinding(
                () -> itProvider.get() ? Role.ADMINISTRATEUR_TECHNIQUE : holderOf(practice.profile()), itProvider);
        roleText = Bindings.createStringBinding(() -> UiText.FIRST_ADMIN_ROLE.text(role.get().label()), role);
        login.addListener((obs, before, now) -> loginError.set(""));
        displayName.addListener((obs, before, now) -> displayNameError.set(""));
        password.addListener((obs, before, now) -> passwordError.set(""));
        confirmation.addListener((obs, before, now) -> confirmationError.set(""));
    }

    /** The practice's holder, who may manage accounts (Permissions: ACCOUNTS_MANAGE). */
    static Role holderOf(PracticeProfile profile) {
        return switch (profile) {
            case OFFICINE -> Role.PHARMACIEN_TITULAIRE;
            case CABINET_MEDICAL -> Role.MEDECIN;
            case CABINET_VETERINAIRE -> Role.VETERINAIRE;
        };
    }

    /** Checks the confirmation here (the core never sees it), then creates the account in the background. */
    public void create() {
        if (working.get()) {
            return;
        }
        clearErrors();
        String typed = password.get() == null ? "" : password.get();
        if (!typed.equals(confirmation.get())) {
            confirmationError.set(UiText.FIRST_ADMIN_CONFIRMATION_MISMATCH.text());
            return;
        }
        String chosenLogin = login.get() == null ? "" : login.get().strip();
        String chosenName = displayName.get() == null ? "" : displayName.get().strip();
        Role chosenRole = role.get();
        char[] secret = typed.toCharArray();
        tasks.execute(BackgroundTask.<Void>of(UiText.FIRST_ADMIN_CREATING.text(), () -> {
                    try {
                        accounts.create(chosenLogin, chosenName, chosenRole, secret);
                        return null;
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                })
                .onRunning(() -> working.set(true))
                .onSuccess(done -> {
                    working.set(false);
                    password.set("");
                    confirmation.set("");
                    onCreated.run();
                })
                .onFailure(this::failed));
    }

    private void failed(Throwable error) {
        working.set(false);
        if (error instanceof ValidationException validation) {
            show(validation.fieldErrors());
        } else if (error instanceof SegurException coded && coded.errorCode() == AccountError.ACC_0004) {
            // Another workstation created it meanwhile: say so, then log in with that account.
            dialogs.showError(error);
            onCreated.run();
        } else {
            dialogs.showError(error);
        }
    }

    private void show(List<FieldError> errors) {
        loginError.set(textOf(errors, "login"));
        displayNameError.set(textOf(errors, "displayName"));
        passwordError.set(textOf(errors, "password"));
        String other = errors.stream()
                .filter(error -> !List.of("login", "displayName", "password").contains(error.field()))
                .map(FieldError::text)
                .collect(Collectors.joining(" "));
        if (!other.isEmpty()) {
            // role / pscNationalId: not typed on this screen, so not attachable to a field.
            passwordError.set((passwordError.get() + " " + other).strip());
        }
    }

    private static String textOf(List<FieldError> errors, String field) {
        return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::text)
                .collect(Collectors.joining(" "));
    }

    private void clearErrors() {
        loginError.set("");
        displayNameError.set("");
        passwordError.set("");
        confirmationError.set("");
    }

    /** Called once the account exists: the window goes to the login screen. */
    public void setOnCreated(Runnable onCreated) {
        this.onCreated = Objects.requireNonNull(onCreated);
    }

    public String intro() {
        return UiText.FIRST_ADMIN_INTRO.text(practice.name());
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty itProviderProperty() {
        return itProvider;
    }

    public ObjectBinding<Role> role() {
        return role;
    }

    public StringBinding roleText() {
        return roleText;
    }

    public ReadOnlyStringProperty loginErrorProperty() {
        return loginError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty displayNameErrorProperty() {
        return displayNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationErrorProperty() {
        return confirmationError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
