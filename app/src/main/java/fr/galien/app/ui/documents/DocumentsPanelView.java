package fr.galien.app.ui.documents;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The documents section of the patient file: the table, « Ouvrir » (or Entrée) and « Ajouter un fichier… ». */
public final class DocumentsPanelView {

    private final VBox root = new VBox(6);
    private final TableView<DocumentRow> table = new TableView<>();

    public DocumentsPanelView(DocumentsPanelViewModel viewModel) {
        root.setId("documentsPanel");
        table.setId("documentsTable");
        table.setItems(viewModel.rows());
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(DocumentsText.EMPTY.text()));
        table.getColumns().add(column(DocumentsText.COLUMN_DATE, DocumentRow::date, 90));
        table.getColumns().add(column(DocumentsText.COLUMN_TYPE, DocumentRow::type, 170));
        table.getColumns().add(column(DocumentsText.COLUMN_TITLE, DocumentRow::title, 200));
        table.getColumns().add(column(DocumentsText.COLUMN_ORIGIN, DocumentRow::origin, 90));
        table.getColumns().add(column(DocumentsText.COLUMN_SHARING, DocumentRow::sharing, 140));
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                viewModel.openSelected();
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.openSelected();
            }
        });

        Button open = new Button(DocumentsText.OPEN.text());
        open.setId("openDocumentButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> viewModel.openSelected());
        Button add = new Button(DocumentsText.ADD_FILE.text());
        add.setId("addDocumentButton");
        add.setOnAction(event -> chooseFile(viewModel));
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.workingProperty());
        Label status = new Label();
        status.setId("documentsStatus");
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, working, status, spacer, add, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(table, actions);
        viewModel.setViewer((document, preview) -> DocumentViewer.show(window(), document, preview));
    }

    private void chooseFile(DocumentsPanelViewModel viewModel) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(DocumentsText.CHOOSE_FILE.text());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(DocumentsText.FILE_FILTER.text(),
                "*.pdf", "*.xml", "*.png", "*.jpg", "*.jpeg", "*.txt"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            viewModel.addFile(chosen.toPath());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static TableColumn<DocumentRow, String> column(DocumentsText title, Function<DocumentRow, String> value,
                                                           double width) {
        TableColumn<DocumentRow, String> column = new TableColumn<>(title.text());
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node node() {
        return root;
    }
}
