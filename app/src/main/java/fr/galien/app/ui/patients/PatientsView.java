package fr.galien.app.ui.patients;

import fr.galien.app.ui.common.PatientRow;
import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.SearchTableKeys;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The patient list: search field (focused at start), virtualised table, actions. Keyboard-only flow: type, ↓ goes
 * to the first row, Entrée opens the file, Échap returns to the search field. Cell texts are plain text: nothing
 * typed by a user is ever interpreted as markup.
 */
public final class PatientsView {

    private final PatientsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<PatientRow> table = new TableView<>();
    private final HBox searchBar = new HBox(10);
    private final VBox top = new VBox(8);

    public PatientsView(PatientsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("patientsView");

        search.setId("patientSearchField");
        search.getStyleClass().add("search-field");
        search.setPromptText(UiText.PATIENTS_SEARCH_PROMPT.text());
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ProgressIndicator searching = new ProgressIndicator();
        searching.setId("patientSearchProgress");
        searching.setPrefSize(22, 22);
        searching.visibleProperty().bind(viewModel.searchingProperty());

        Button newPatient = button("newPatientButton", UiText.PATIENTS_NEW, viewModel::newPatient);
        newPatient.setTooltip(new Tooltip("Ctrl+N"));
        Button open = button("openPatientButton", UiText.PATIENTS_OPEN, viewModel::openSelected);
        open.disableProperty().bind(viewModel.noSelection());
        Button archive = button("archivePatientButton", UiText.PATIENTS_ARCHIVE, viewModel::archiveSelected);
        archive.disableProperty().bind(viewModel.noSelection());

        searchBar.getChildren().addAll(search, searching, newPatient, open, archive);
        searchBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("patientCount");
        count.getStyleClass().add("count");
        count.textProperty().bind(viewModel.countTextProperty());
        Label keyboardHint = new Label(UiText.PATIENTS_KEYBOARD_HINT.text());
        keyboardHint.getStyleClass().add("hint");
        keyboardHint.setId("patientKeyboardHint");
        // Wraps under the count when the window is narrow, instead of ending in an ellipsis.
        keyboardHint.setWrapText(true);
        keyboardHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox countBar = new VBox(2, count, keyboardHint);

        buildTable();

        top.getChildren().addAll(searchBar, countBar);
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(table);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.N && event.isShortcutDown()) {
                event.consume();
                viewModel.newPatient();
            }
        });
    }

    private void buildTable() {
        table.setId("patientTable");
        table.setItems(viewModel.results());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("columnBirthName", UiText.COLUMN_BIRTH_NAME, PatientRow::birthName, 170));
        table.getColumns().add(column("columnUsedName", UiText.COLUMN_USED_NAME, PatientRow::usedName, 150));
        table.getColumns().add(column("columnFirstNames", UiText.COLUMN_FIRST_NAMES, PatientRow::firstNames, 200));
        table.getColumns().add(column("columnSex", UiText.COLUMN_SEX, PatientRow::sex, 100));
        table.getColumns().add(column("columnBirthDate", UiText.COLUMN_BIRTH_DATE, PatientRow::birthDate, 140));
        table.getColumns().add(column("columnIdentityStatus", UiText.COLUMN_IDENTITY_STATUS,
                PatientRow::identityStatus, 160));

        Label placeholder = new Label();
        placeholder.setId("patientTablePlaceholder");
        placeholder.getStyleClass().add("hint");
        placeholder.textProperty().bind(Bindings.when(viewModel.queryProperty().isEmpty())
                .then(UiText.PATIENTS_EMPTY_QUERY.text())
                .otherwise(UiText.PATIENTS_NO_RESULT.text()));
        table.setPlaceholder(placeholder);

        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        SearchTableKeys.install(search, table, viewModel::openSelected);
    }

    private static TableColumn<PatientRow, String> column(String id, UiText title, Function<PatientRow, String> value,
                                                          double width) {
        TableColumn<PatientRow, String> column = new TableColumn<>(title.text());
        column.setId(id);
        column.setPrefWidth(width);
        // As narrow as its header allows (never narrower): six columns fit beside the navigation at 1,024 px.
        column.setMinWidth(0);
        fr.galien.app.ui.common.TableColumns.keepHeaderWhole(column);
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        return column;
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    private static Button button(String id, UiText text, Runnable action) {
        Button button = new Button(text.text());
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /**
     * Adds the counter's identity entry points (appli carte Vitale, Vitale card) after the list actions, and their
     * progress line under the search bar.
     */
    public void addCounterActions(java.util.List<Node> buttons, Node status) {
        // A row of their own: beside the search field they would squeeze it (and their own labels) at 1,024 px.
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(10, 6);
        row.setId("counterActions");
        row.getChildren().addAll(buttons);
        top.getChildren().add(1, row);
        top.getChildren().add(2, status);
    }

    public Node node() {
        return root;
    }

    /** Puts the caret in the search field (once the view is in a scene, hence the runLater). */
    public void focusSearch() {
        SearchTableKeys.focusLater(search);
    }
}
