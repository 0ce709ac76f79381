package fr.galien.app.ui.documents;

import fr.galien.core.document.PatientDocument;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows one document in a window of its own: PDF pages and images as pictures, text and a CDA's human-readable
 * part as read-only text. Échap or « Fermer » closes it.
 */
final class DocumentViewer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentViewer() {
    }

    static void show(Window owner, PatientDocument document, DocumentPreview preview) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(DocumentsText.VIEWER_TITLE.text(document.title(),
                DATE.format(document.documentDate().atZone(ZoneId.systemDefault()))));
        Button close = new Button(DocumentsText.VIEWER_CLOSE.text());
        close.setId("closeDocumentViewer");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox actions = new HBox(close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPadding(new Insets(8));
        BorderPane root = new BorderPane(content(preview), null, null, actions, null);
        root.setId("documentViewer");
        Scene scene = new Scene(root, 820, 900);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        close.requestFocus();
    }

    static Node content(DocumentPreview preview) {
        if (preview instanceof DocumentPreview.Pages pages) {
            VBox column = new VBox(12);
            column.setAlignment(Pos.TOP_CENTER);
            column.setPadding(new Insets(12));
            for (BufferedImage page : pages.pages()) {
                ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
                view.setPreserveRatio(true);
                view.setFitWidth(Math.min(page.getWidth(), 780));
                column.getChildren().add(view);
            }
            if (pages.totalPages() > pages.pages().size()) {
                column.getChildren().add(new Label(DocumentsText.VIEWER_PAGES_SHOWN.text(pages.pages().size(),
                        pages.totalPages())));
            }
            ScrollPane scroll = new ScrollPane(column);
            scroll.setFitToWidth(true);
            scroll.setId("documentPages");
            return scroll;
        }
        if (preview instanceof DocumentPreview.Text text) {
            TextArea area = new TextArea(text.text());
            area.setId("documentText");
            area.setEditable(false);
            area.setWrapText(true);
            if (text.heading() == null) {
                return area;
            }
            Label heading = new Label(text.heading());
            heading.getStyleClass().add("section-title");
            heading.setWrapText(true);
            VBox box = new VBox(8, heading, area);
            box.setPadding(new Insets(12));
            VBox.setVgrow(area, javafx.scene.layout.Priority.ALWAYS);
            return box;
        }
        DocumentPreview.Unreadable unreadable = (DocumentPreview.Unreadable) preview;
        Label label = new Label(DocumentsText.VIEWER_UNREADABLE.text(unreadable.reason()));
        label.setId("documentUnreadable");
        label.setWrapText(true);
        label.setPadding(new Insets(24));
        return label;
    }
}
