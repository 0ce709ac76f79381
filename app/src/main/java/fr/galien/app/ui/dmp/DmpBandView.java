package fr.galien.app.ui.dmp;

import fr.galien.core.dmp.DmpBand;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** The DMP band under the patient file's title: a spinner while the DMP is asked, then its sentence. */
public final class DmpBandView {

    private final HBox root = new HBox(8);

    public DmpBandView(DmpBandViewModel viewModel) {
        root.setId("dmpBand");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        root.getStyleClass().add("dmp-band");
        Label name = new Label(DmpText.BAND_LABEL.text());
        name.getStyleClass().add("badge");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(viewModel.busyProperty());
        Label text = new Label();
        text.setId("dmpBandText");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.textProperty());
        viewModel.stateProperty().addListener((obs, before, now) -> style(now));
        root.getChildren().addAll(name, busy, text);
        root.visibleProperty().bind(viewModel.textProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
    }

    private void style(DmpBand.State state) {
        String color = state == null ? "#f2f2f2" : switch (state) {
            case AUTHORISED -> "#e3f4e6";
            case PATIENT_OPPOSED, CONSENT_REQUIRED -> "#fff1d6";
            case UNAVAILABLE -> "#fde2e1";
            default -> "#f2f2f2";
        };
        root.setStyle("-fx-background-color: " + color + "; -fx-background-radius: 4;");
    }

    public Node node() {
        return root;
    }
}
