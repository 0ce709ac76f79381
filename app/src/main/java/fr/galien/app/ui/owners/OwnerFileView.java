package fr.galien.app.ui.owners;

import fr.galien.app.ui.common.FormField;
import fr.galien.core.domain.AnimalSex;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A client's file: owner form, animals table, animal form. Bindings only; actions live in the ViewModel. */
public final class OwnerFileView {

    private final OwnerFileViewModel viewModel;
    private final VBox root = new VBox(10);
    private final TextField lastName = new TextField();
    private final TextField animalName = new TextField();
    private final TableView<AnimalRow> animals = new TableView<>();
    private Runnable onClose = () -> { };

    public OwnerFileView(OwnerFileViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("ownerFile");

        Label title = new Label();
        title.setId("ownerFileTitle");
        title.getStyleClass().add("area-title");
        title.textProperty().bind(viewModel.titleProperty());

        // Two columns, the client on the left and the animals on the right, so the animal form is on screen
        // without scrolling at 1280×800; the scroll pane only serves smaller windows.
        VBox ownerColumn = new VBox(8, sectionTitle(OwnersText.OWNER_SECTION), ownerForm(), ownerActions());
        // Where a user coming from human care would look for the DMP: one line saying why there is none (issue 12).
        javafx.scene.control.Label noDmp = new javafx.scene.control.Label(
                fr.galien.app.ui.dmp.DmpText.VET_NO_DMP.text());
        noDmp.setId("vetNoDmp");
        noDmp.setWrapText(true);
        noDmp.getStyleClass().add("hint");
        VBox animalColumn = new VBox(8, sectionTitle(OwnersText.ANIMALS_SECTION), animalsBar(), animalsTable(),
                animalForm(), noDmp);
        GridPane sections = new GridPane();
        sections.setHgap(28);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(38);
        left.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(62);
        right.setHgrow(Priority.ALWAYS);
        sections.getColumnConstraints().addAll(left, right);
        sections.add(ownerColumn, 0, 0);
        sections.add(animalColumn, 1, 0);
        GridPane.setValignment(ownerColumn, javafx.geometry.VPos.TOP);
        GridPane.setValignment(animalColumn, javafx.geometry.VPos.TOP);
        sections.setPadding(new Insets(0, 16, 8, 0));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button close = OwnersView.button("closeOwnerButton", OwnersText.CLOSE, () -> onClose.run());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(viewModel.workingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, working, spacer, close);
        actions.setAlignment(Pos.CENTER_RIGHT);

        root.getChildren().addAll(title, scroll, actions);
        // Échap leaves the animal form first, then the file; a filter so a focused text field does not swallow it.
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                if (viewModel.editingAnimalProperty().get()) {
                    viewModel.leaveAnimal();
                } else {
                    onClose.run();
                }
            }
        });
    }

    private Node ownerForm() {
        GridPane grid = FormField.twoColumnGrid();
        lastName.setId("ownerLastNameField");
        lastName.textProperty().bindBidirectional(viewModel.lastNameProperty());
        grid.add(ownerField(OwnersText.OWNER_LAST_NAME, lastName, OwnerFields.LAST_NAME), 0, 0);
        grid.add(ownerField(OwnersText.OWNER_FIRST_NAME, FormField.textField("ownerFirstNameField",
                viewModel.firstNameProperty()), OwnerFields.FIRST_NAME), 1, 0);
        grid.add(ownerField(OwnersText.OWNER_PHONE, FormField.textField("ownerPhoneField", viewModel.phoneProperty()),
                OwnerFields.PHONE), 0, 1);
        grid.add(ownerField(OwnersText.OWNER_EMAIL, FormField.textField("ownerEmailField", viewModel.emailProperty()),
                OwnerFields.EMAIL), 1, 1);
        grid.add(ownerField(OwnersText.OWNER_ADDRESS,
                        FormField.textField("ownerAddressField", viewModel.addressProperty()), OwnerFields.ADDRESS),
                0, 2, 2, 1);
        grid.add(ownerField(OwnersText.OWNER_POSTAL_CODE, FormField.textField("ownerPostalCodeField",
                viewModel.postalCodeProperty()), OwnerFields.POSTAL_CODE), 0, 3);
        grid.add(ownerField(OwnersText.OWNER_CITY, FormField.textField("ownerCityField", viewModel.cityProperty()),
                OwnerFields.CITY), 1, 3);
        return grid;
    }

    private Node ownerActions() {
        Label message = message("ownerMessage", viewModel.ownerMessageProperty(), OwnersText.OWNER_SAVED);
        Button save = OwnersView.button("saveOwnerButton", OwnersText.OWNER_SAVE, viewModel::saveOwner);
        save.getStyleClass().add("primary-button");
        save.defaultButtonProperty().bind(viewModel.editingAnimalProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node animalsBar() {
        Button add = OwnersView.button("addAnimalButton", OwnersText.ANIMALS_ADD, viewModel::newAnimal);
        add.disableProperty().bind(viewModel.savedProperty().not());
        Button edit = OwnersView.button("editAnimalButton", OwnersText.ANIMALS_EDIT, viewModel::editSelectedAnimal);
        edit.disableProperty().bind(viewModel.noAnimalSelected());
        Button archive = OwnersView.button("archiveAnimalButton", OwnersText.ANIMALS_ARCHIVE,
                viewModel::archiveSelectedAnimal);
        archive.disableProperty().bind(viewModel.noAnimalSelected());
        Label hint = new Label(OwnersText.ANIMALS_SAVE_OWNER_FIRST.text());
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(viewModel.savedProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        // Buttons keep their whole label (they wrap to a second row if need be); the hint wraps under them.
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        for (Button button : java.util.List.of(add, edit, archive)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 6, add, edit, archive);
        return new VBox(6, buttons, hint);
    }

    private Node animalsTable() {
        animals.setId("animalTable");
        animals.setItems(viewModel.animals());
        animals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Narrow columns: the table shares the width with the client form (the breed is shown in the animal form).
        animals.getColumns().add(narrow(OwnersView.column("columnAnimalName", OwnersText.ANIMAL_COLUMN_NAME,
                AnimalRow::name, 100)));
        animals.getColumns().add(narrow(OwnersView.column("columnAnimalSpecies", OwnersText.ANIMAL_COLUMN_SPECIES,
                AnimalRow::species, 60)));
        animals.getColumns().add(narrow(OwnersView.column("columnAnimalSex", OwnersText.ANIMAL_COLUMN_SEX,
                AnimalRow::sex, 115)));
        animals.getColumns().add(narrow(OwnersView.column("columnAnimalBirthDate",
                OwnersText.ANIMAL_COLUMN_BIRTH_DATE, AnimalRow::birthDate, 85)));
        animals.getColumns().add(narrow(OwnersView.column("columnAnimalIdentification",
                OwnersText.ANIMAL_COLUMN_IDENTIFICATION, AnimalRow::identification, 140)));
        Label placeholder = new Label(OwnersText.ANIMALS_NONE.text());
        placeholder.getStyleClass().add("hint");
        animals.setPlaceholder(placeholder);
        animals.setPrefHeight(170);
        animals.setMinHeight(120);
        viewModel.selectedAnimalProperty().bind(animals.getSelectionModel().selectedItemProperty());
        animals.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                viewModel.editSelectedAnimal();
            }
        });
        return animals;
    }

    private Node animalForm() {
        Label title = new Label();
        title.setId("animalFormTitle");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(viewModel.animalTitleProperty());

        GridPane grid = FormField.twoColumnGrid();
        animalName.setId("animalNameField");
        animalName.textProperty().bindBidirectional(viewModel.animalNameProperty());
        grid.add(animalField(OwnersText.ANIMAL_NAME, animalName, null, OwnerFields.NAME), 0, 0);
        ComboBox<Species> species = combo("animalSpeciesField", Species.values(), Species::label);
        species.valueProperty().bindBidirectional(viewModel.speciesProperty());
        grid.add(animalField(OwnersText.ANIMAL_SPECIES, species, null, OwnerFields.SPECIES), 1, 0);
        grid.add(animalField(OwnersText.ANIMAL_BREED,
                FormField.textField("animalBreedField", viewModel.breedProperty()), null, OwnerFields.BREED), 0, 1);
        ComboBox<AnimalSex> sex = combo("animalSexField", AnimalSex.values(), AnimalSex::label);
        sex.valueProperty().bindBidirectional(viewModel.sexProperty());
        grid.add(animalField(OwnersText.ANIMAL_SEX, sex, null, OwnerFields.SEX), 1, 1);
        TextField birthDate = FormField.textField("animalBirthDateField", viewModel.birthDateProperty());
        birthDate.setPromptText(OwnersText.ANIMAL_BIRTH_DATE_PROMPT.text());
        grid.add(animalField(OwnersText.ANIMAL_BIRTH_DATE, birthDate, null, OwnerFields.BIRTH_DATE), 0, 2);
        grid.add(animalField(OwnersText.ANIMAL_IDENTIFICATION, FormField.textField("animalIdentificationField",
                viewModel.identificationProperty()), OwnersText.ANIMAL_IDENTIFICATION_HINT,
                OwnerFields.IDENTIFICATION), 1, 2);

        Label message = message("animalMessage", viewModel.animalMessageProperty(), OwnersText.ANIMAL_SAVED);
        Button cancel = OwnersView.button("cancelAnimalButton", OwnersText.ANIMAL_CANCEL, viewModel::cancelAnimal);
        Button save = OwnersView.button("saveAnimalButton", OwnersText.ANIMAL_SAVE, viewModel::saveAnimal);
        save.getStyleClass().add("primary-button");
        save.defaultButtonProperty().bind(viewModel.editingAnimalProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, spacer, cancel, save);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox form = new VBox(8, title, grid, actions);
        form.setId("animalForm");
        form.getStyleClass().add("sub-form");
        form.visibleProperty().bind(viewModel.editingAnimalProperty());
        form.managedProperty().bind(form.visibleProperty());
        viewModel.editingAnimalProperty().addListener((obs, before, now) -> {
            if (now) {
                Platform.runLater(animalName::requestFocus);
            }
        });
        // The last animal message ("Animal enregistré.") stays visible under the table once the form is closed.
        VBox box = new VBox(6, message, form);
        return box;
    }

    private static TableColumn<AnimalRow, String> narrow(TableColumn<AnimalRow, String> column) {
        column.setMinWidth(50);
        return fr.galien.app.ui.common.TableColumns.keepHeaderWhole(column);
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return combo.getItems().stream().filter(value -> label.apply(value).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        return combo;
    }

    private static Label message(String id, ObservableStringValue text, OwnersText okText) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(text);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.textProperty().addListener((obs, before, now) -> {
            message.getStyleClass().remove("ok"); // green for "saved", red for everything else
            if (okText.text().equals(now)) {
                message.getStyleClass().add("ok");
            }
        });
        return message;
    }

    private static Label sectionTitle(OwnersText text) {
        Label label = new Label(text.text());
        label.getStyleClass().add("section-title");
        return label;
    }

    private VBox ownerField(OwnersText label, Node control, String field) {
        return FormField.of(label.text(), control, null, viewModel.ownerErrorProperty(field));
    }

    private VBox animalField(OwnersText label, Node control, OwnersText hint, String field) {
        return FormField.of(label.text(), control, hint == null ? null : hint.text(),
                viewModel.animalErrorProperty(field));
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public Node node() {
        return root;
    }

    public void focusFirstField() {
        Platform.runLater(lastName::requestFocus);
    }
}
