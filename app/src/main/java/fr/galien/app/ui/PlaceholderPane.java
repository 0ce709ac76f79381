package fr.galien.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** An honest panel for an area whose features arrive with a later issue: says what will come, shows no data. */
final class PlaceholderPane {

    private PlaceholderPane() {
    }

    static Node of(String id, String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add("area-title");
        Label body = new Label(text);
        body.setId(id + "Text");
        body.getStyleClass().add("placeholder-text");
        body.setWrapText(true);
        VBox panel = new VBox(12, heading, body);
        panel.getStyleClass().add("placeholder-panel");
        panel.setMaxHeight(VBox.USE_PREF_SIZE);
        VBox box = new VBox(panel);
        box.setId(id);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
