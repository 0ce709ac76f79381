package fr.galien.app.ui.prescription;

import fr.galien.core.ordonnance.OrdonnanceLine;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The vet « Ordonnance »: the animal, the line editor, « Imprimer l'ordonnance » and the numbered PDF. */
public final class VetOrdonnanceView {

    private final LineEditorView editor;
    private final SplitPane root;

    public VetOrdonnanceView(VetOrdonnanceViewModel viewModel) {
        editor = new LineEditorView(viewModel.editor(), false, viewModel::addLine);
        Label animal = new Label();
        animal.setId("vetAnimal");
        animal.getStyleClass().add("section-title");
        animal.textProperty().bind(Bindings.createStringBinding(() -> viewModel.animalProperty().get() == null
                ? PrescriptionText.NO_ANIMAL.text()
                : PrescriptionText.FOR_ANIMAL.text(viewModel.animalProperty().get().name(),
                        viewModel.animalProperty().get().species(), viewModel.owner() == null ? ""
                                : viewModel.owner().lastName()), viewModel.animalProperty()));
        Label noService = new Label(PrescriptionText.VET_NO_SERVICE.text());
        noService.setId("vetNoService");
        noService.setWrapText(true);
        noService.getStyleClass().add("message-info");

        ListView<OrdonnanceLine> lines = new ListView<>(viewModel.lines());
        lines.setId("vetLines");
        lines.setPrefHeight(120);
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrdonnanceLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : PrescriptionView.describe(getIndex() + 1, line));
            }
        });
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.removeLine(lines.getSelectionModel().getSelectedIndex());
            }
        });
        Button print = new Button(PrescriptionText.VET_PRINT.text());
        print.setId("vetPrintButton");
        print.getStyleClass().add("primary");
        print.disableProperty().bind(Bindings.isEmpty(viewModel.lines()).or(viewModel.busyProperty())
                .or(viewModel.animalProperty().isNull()));
        print.setOnAction(e -> viewModel.print());
        Label message = new Label();
        message.setId("vetMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        Label linesTitle = new Label(PrescriptionText.LINES_TITLE.text());
        linesTitle.getStyleClass().add("section-title");
        VBox left = new VBox(8, animal, noService, editor.node(), linesTitle, lines, new HBox(8, print), message);
        left.setPadding(new Insets(12));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);

        VBox pages = new VBox(8);
        pages.setId("vetPreview");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(8));
        Label empty = new Label(PrescriptionText.VET_PREVIEW_EMPTY.text());
        pages.getChildren().setAll(empty);
        viewModel.previewProperty().addListener((obs, before, now) -> PrescriptionView.showPages(pages, now, empty));
        ScrollPane previewScroll = new ScrollPane(pages);
        previewScroll.setFitToWidth(true);
        root = new SplitPane(leftScroll, previewScroll);
        root.setId("vetOrdonnanceView");
        root.setDividerPositions(0.58);
        root.setMinWidth(0);
        leftScroll.setMinWidth(0);
        previewScroll.setMinWidth(0);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                viewModel.addLine();
                editor.focus();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    public void focus() {
        editor.focus();
    }
}
