package fr.galien.app.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A labelled input with an optional hint and its validation message underneath (shown only when not empty), so
 * every form places errors the same way. Ids: the control keeps its own, the error label gets {@code <id>Error}.
 */
public final class FormField {

    private FormField() {
    }

    public static VBox of(String label, Node control, String hint, ObservableStringValue error) {
        Label title = new Label(label);
        title.getStyleClass().add("field-label");
        title.setLabelFor(control);
        VBox box = new VBox(3, title, control);
        if (hint != null) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().add("hint");
            hintLabel.setWrapText(true);
            box.getChildren().add(hintLabel);
        }
        if (error != null) {
            Label errorLabel = new Label();
            errorLabel.setId(control.getId() + "Error");
            errorLabel.getStyleClass().add("field-error");
            errorLabel.setWrapText(true);
            errorLabel.textProperty().bind(error);
            errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
            errorLabel.managedProperty().bind(errorLabel.visibleProperty());
            box.getChildren().add(errorLabel);
        }
        return box;
    }
}
