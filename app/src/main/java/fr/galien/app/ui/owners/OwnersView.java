package fr.galien.app.ui.owners;

import fr.galien.app.ui.common.SearchTableKeys;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
 * The clients list: search field (focused), virtualised table of owners with their animals, actions. Keyboard
 * flow as for patients: type, ↓ to the first row, Entrée opens the file, Échap back to the search. Plain-text cells.
 */
public final class OwnersView {

    private final OwnersViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<OwnerRow> table = new TableView<>();

    public OwnersView(OwnersViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("ownersView");

        search.setId("ownerSearchField");
        search.getStyleClass().add("search-field");
        search.setPromptText(OwnersText.SEARCH_PROMPT.text());
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ProgressIndicator searching = new ProgressIndicator();
        searching.setId("ownerSearchProgress");
        searching.setPrefSize(22, 22);
        searching.visibleProperty().bind(viewModel.searchingProperty());

        Button newOwner = button("newOwnerButton", OwnersText.NEW_OWNER, viewModel::newOwner);
        newOwner.setTooltip(new Tooltip("Ctrl+N"));
        Button open = button("openOwnerButton", OwnersText.OPEN, viewModel::openSelected);
        open.disableProperty().bind(viewModel.noSelection());

        HBox searchBar = new HBox(10, search, searching, newOwner, open);
        searchBar.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("ownerCount");
        count.getStyleClass().add("count");
        count.textProperty().bind(viewModel.countTextProperty());
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        Label keyboardHint = new Label(OwnersText.KEYBOARD_HINT.text());
        keyboardHint.getStyleClass().add("hint");
        // Under the count, wrapping when the window is narrow, instead of ending in an ellipsis.
        keyboardHint.setWrapText(true);
        keyboardHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox countBar = new VBox(2, count, keyboardHint);

        buildTable();

        VBox top = new VBox(8, searchBar, countBar);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(table);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.N && event.isShortcutDown()) {
                event.consume();
                viewModel.newOwner();
            }
        });
    }

    private void buildTable() {
        table.setId("ownerTable");
        table.setItems(viewModel.results());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("columnOwnerLastName", OwnersText.COLUMN_LAST_NAME, OwnerRow::lastName, 170));
        table.getColumns().add(column("columnOwnerFirstName", OwnersText.COLUMN_FIRST_NAME, OwnerRow::firstName, 140));
        table.getColumns().add(column("columnOwnerAnimals", OwnersText.COLUMN_ANIMALS, OwnerRow::animals, 330));
        table.getColumns().add(column("columnOwnerCity", OwnersText.COLUMN_CITY, OwnerRow::city, 150));
        table.getColumns().add(column("columnOwnerPhone", OwnersText.COLUMN_PHONE, OwnerRow::phone, 140));

        Label placeholder = new Label();
        placeholder.setId("ownerTablePlaceholder");
        placeholder.getStyleClass().add("hint");
        placeholder.textProperty().bind(Bindings.when(viewModel.queryProperty().isEmpty())
                .then(OwnersText.EMPTY_QUERY.text())
                .otherwise(OwnersText.NO_RESULT.text()));
        table.setPlaceholder(placeholder);

        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        SearchTableKeys.install(search, table, viewModel::openSelected);
    }

    static <R> TableColumn<R, String> column(String id, OwnersText title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title.text());
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        return column;
    }

    static Button button(String id, OwnersText text, Runnable action) {
        Button button = new Button(text.text());
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    public Node node() {
        return root;
    }

    /** Puts the caret in the search field (once the view is in a scene, hence the runLater). */
    public void focusSearch() {
        SearchTableKeys.focusLater(search);
    }
}
