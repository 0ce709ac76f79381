package fr.galien.app.ui.patients;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.FormField;
import fr.galien.core.domain.Sex;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The patient file form. Bindings only: what happens on save lives in {@link PatientFormViewModel}. */
public final class PatientFormView {

    private final PatientFormViewModel viewModel;
    private final VBox root = new VBox(10);
    private final TextField birthName = new TextField();
    private final VBox sections = new VBox(8);
    private final GridPane identity = FormField.twoColumnGrid();
    private final HBox titleLine = new HBox(14);
    private final ScrollPane scroll;
    private Node statusField;
    private Runnable onClose = () -> { };

    public PatientFormView(PatientFormViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("patientForm");

        Label title = new Label();
        title.setId("patientFormTitle");
        title.getStyleClass().add("area-title");
        title.textProperty().bind(viewModel.titleProperty());

        Label message = new Label();
        message.setId("patientFormMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(viewModel.formMessageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.textProperty().addListener((obs, before, now) -> {
            message.getStyleClass().remove("ok"); // green for "saved", red for everything else
            if (UiText.FORM_SAVED.text().equals(now)) {
                message.getStyleClass().add("ok");
            }
        });

        birthName.setId("birthNameField");
        birthName.textProperty().bindBidirectional(viewModel.birthNameProperty());
        lockWithStrictTraits(birthName);
        identity.add(field(UiText.FORM_BIRTH_NAME, birthName, null, PatientFields.BIRTH_NAME), 0, 0);
        identity.add(text("usedNameField", UiText.FORM_USED_NAME, viewModel.usedNameProperty(), null,
                PatientFields.USED_NAME), 1, 0);
        TextField firstNames = FormField.textField("firstNamesField", viewModel.firstNamesProperty());
        lockWithStrictTraits(firstNames);
        identity.add(field(UiText.FORM_FIRST_NAMES, firstNames, UiText.FORM_FIRST_NAMES_HINT,
                PatientFields.FIRST_NAMES), 0, 1, 2, 1);
        Node sexChoice = sexChoice();
        sexChoice.disableProperty().bind(viewModel.strictTraitsLockedProperty());
        identity.add(field(UiText.FORM_SEX, sexChoice, null, PatientFields.SEX), 0, 2);
        TextField birthDate = FormField.textField("birthDateField", viewModel.birthDateProperty());
        birthDate.setPromptText(UiText.FORM_BIRTH_DATE_PROMPT.text());
        lockWithStrictTraits(birthDate);
        identity.add(field(UiText.FORM_BIRTH_DATE, birthDate, UiText.FORM_BIRTH_DATE_HINT, PatientFields.BIRTH_DATE),
                1, 2);
        TextField birthPlace = FormField.textField("birthPlaceCodeField", viewModel.birthPlaceCodeProperty());
        lockWithStrictTraits(birthPlace);
        identity.add(field(UiText.FORM_BIRTH_PLACE, birthPlace, UiText.FORM_BIRTH_PLACE_HINT,
                PatientFields.BIRTH_PLACE_CODE), 0, 3);
        Label status = new Label();
        status.setId("identityStatusValue");
        status.getStyleClass().add("read-only-value");
        status.textProperty().bind(viewModel.identityStatusProperty());
        statusField = FormField.of(UiText.FORM_IDENTITY_STATUS.text(), status, UiText.FORM_IDENTITY_HINT.text(), null);
        identity.add(statusField, 1, 3);
        Label locked = new Label(UiText.FORM_STRICT_TRAITS_LOCKED.text());
        locked.setId("strictTraitsLockedHint");
        locked.getStyleClass().add("hint");
        locked.setWrapText(true);
        locked.visibleProperty().bind(viewModel.strictTraitsLockedProperty());
        locked.managedProperty().bind(locked.visibleProperty());
        identity.add(locked, 0, 4, 2, 1);

        GridPane contact = FormField.twoColumnGrid();
        contact.add(text("phoneField", UiText.FORM_PHONE, viewModel.phoneProperty(), null, PatientFields.PHONE), 0, 0);
        contact.add(text("emailField", UiText.FORM_EMAIL, viewModel.emailProperty(), null, PatientFields.EMAIL), 1, 0);
        contact.add(text("addressField", UiText.FORM_ADDRESS, viewModel.addressProperty(), null,
                PatientFields.ADDRESS), 0, 1, 2, 1);
        contact.add(text("postalCodeField", UiText.FORM_POSTAL_CODE, viewModel.postalCodeProperty(), null,
                PatientFields.POSTAL_CODE), 0, 2);
        contact.add(text("cityField", UiText.FORM_CITY, viewModel.cityProperty(), null, PatientFields.CITY), 1, 2);

        Label identityTitle = new Label(UiText.FORM_SECTION_IDENTITY.text());
        identityTitle.getStyleClass().add("section-title");
        Label contactTitle = new Label(UiText.FORM_SECTION_CONTACT.text());
        contactTitle.getStyleClass().add("section-title");
        sections.getChildren().addAll(identityTitle, identity, contactTitle, contact);
        sections.setPadding(new Insets(0, 16, 0, 0));
        scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button save = new Button(UiText.FORM_SAVE.text());
        save.setId("savePatientButton");
        save.getStyleClass().add("primary-button");
        save.setDefaultButton(true);
        // Not disabled while saving (the ViewModel ignores a second save): a disabled focused button would send
        // the focus to the navigation, and Échap would no longer close the file.
        save.setOnAction(event -> viewModel.save());
        Button close = new Button(UiText.FORM_CLOSE.text());
        close.setId("closePatientButton");
        close.setOnAction(event -> onClose.run());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(viewModel.workingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, working, spacer, close, save);
        actions.setAlignment(Pos.CENTER_RIGHT);

        titleLine.getChildren().add(title);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(titleLine, message, scroll, actions);
        // Échap closes the file like "Fermer"; a filter so a focused text field does not swallow it.
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                onClose.run();
            } else if (event.getCode() == KeyCode.S && event.isShortcutDown()) {
                event.consume();
                viewModel.save();
            }
        });
    }

    /** Read-only (still selectable, still focusable) while the strict traits are INSi's. */
    private void lockWithStrictTraits(TextField field) {
        field.editableProperty().bind(viewModel.strictTraitsLockedProperty().not());
        viewModel.strictTraitsLockedProperty().addListener((obs, before, now) -> styleLocked(field, now));
        styleLocked(field, viewModel.strictTraitsLockedProperty().get());
    }

    private static void styleLocked(Node field, boolean locked) {
        field.getStyleClass().remove("locked-field");
        if (locked) {
            field.getStyleClass().add("locked-field");
        }
    }

    /**
     * Puts the identity panel (status, INS, INSi and ApCV actions, history) in place of the read-only status field,
     * as its own section after the identity.
     */
    public void setIdentityPanel(String title, Node panel, Node headerBadge) {
        identity.getChildren().remove(statusField);
        titleLine.getChildren().add(headerBadge);
        Label panelTitle = new Label(title);
        panelTitle.getStyleClass().add("section-title");
        int after = sections.getChildren().indexOf(identity) + 1;
        sections.getChildren().addAll(after, java.util.List.of(panelTitle, panel));
    }

    /** Adds a section (title + content) at the end of the file, e.g. the patient's documents. */
    public void addSection(String title, Node content) {
        Label sectionTitle = new Label(title);
        sectionTitle.getStyleClass().add("section-title");
        sections.getChildren().addAll(sectionTitle, content);
    }

    private Node sexChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(14);
        choices.setId("sexField");
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.setPadding(new Insets(5, 0, 5, 0));
        for (Sex sex : Sex.values()) {
            RadioButton radio = new RadioButton(sex.label() + " (" + sex.name() + ")");
            radio.setId("sex" + sex.name());
            radio.setUserData(sex);
            radio.setToggleGroup(group);
            choices.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((obs, before, now) ->
                viewModel.sexProperty().set(now == null ? null : (Sex) now.getUserData()));
        viewModel.sexProperty().addListener((obs, before, now) -> selectSex(group, now));
        selectSex(group, viewModel.sexProperty().get());
        return choices;
    }

    private static void selectSex(ToggleGroup group, Sex sex) {
        group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == sex)
                .findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
    }

    private VBox text(String id, UiText label, StringProperty property, UiText hint, String field) {
        return field(label, FormField.textField(id, property), hint, field);
    }

    private VBox field(UiText label, Node control, UiText hint, String field) {
        return FormField.of(label.text(), control, hint == null ? null : hint.text(), viewModel.errorProperty(field));
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public Node node() {
        return root;
    }

    /** Puts the caret in the first field, the form scrolled back to its top (another file may have been shown). */
    public void focusFirstField() {
        scroll.setVvalue(0);
        Platform.runLater(birthName::requestFocus);
    }
}
