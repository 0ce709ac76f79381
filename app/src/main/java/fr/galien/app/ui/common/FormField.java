package fr.galien.app.ui.common;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Form building blocks, so every form looks and behaves alike. {@link #of}: a labelled input with an optional hint
 * and its validation message underneath (shown only when not empty), so every form places errors the same way.
 * Ids: the control keeps its own, the error label gets {@code <id>Error}.
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

    /** A text input bound both ways to {@code property}. */
    public static TextField textField(String id, StringProperty property) {
        TextField input = new TextField();
        input.setId(id);
        input.textProperty().bindBidirectional(property);
        return input;
    }

    /** The forms' layout: two columns of equal width that share the extra space. */
    public static GridPane twoColumnGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }
}
