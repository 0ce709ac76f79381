package fr.galien.app.ui.identity;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The counter's buttons in the patient list ("Appli carte Vitale", "Carte Vitale") and the line that shows the
 * reading's progress, with "Annuler", then its outcome. Bindings only: {@link CounterIdentityViewModel} decides.
 */
public final class CounterIdentityBar {

    private final Button apCv;
    private final Button card;
    private final HBox status;

    public CounterIdentityBar(CounterIdentityViewModel viewModel) {
        apCv = new Button(IdentityText.COUNTER_APCV.text());
        apCv.setId("counterApCvButton");
        apCv.setOnAction(event -> viewModel.readApCv());
        apCv.setTooltip(new Tooltip(IdentityText.COUNTER_APCV_TOOLTIP.text()));
        apCv.disableProperty().bind(viewModel.busyProperty());
        card = new Button(IdentityText.COUNTER_CARD.text());
        card.setId("counterCardButton");
        card.setOnAction(event -> viewModel.readCard());
        card.setTooltip(new Tooltip(IdentityText.COUNTER_CARD_TOOLTIP.text()));
        card.disableProperty().bind(viewModel.busyProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label busyText = new Label();
        busyText.setId("counterBusyText");
        busyText.textProperty().bind(viewModel.busyTextProperty());
        Button cancel = new Button(IdentityText.ACTION_CANCEL.text());
        cancel.setId("counterCancelButton");
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label message = new Label();
        message.setId("counterMessage");
        message.setWrapText(true);
        message.getStyleClass().add("identity-message");
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageKindProperty().addListener((obs, before, now) -> {
            message.getStyleClass().remove(before.style());
            message.getStyleClass().add(now.style());
        });
        status = new HBox(10, spinner, busyText, cancel, message);
        status.setId("counterStatus");
        status.setAlignment(Pos.CENTER_LEFT);
        status.visibleProperty().bind(viewModel.busyProperty().or(viewModel.messageProperty().isNotEmpty()));
        status.managedProperty().bind(status.visibleProperty());
    }

    /** The two buttons, for the list's toolbar. */
    public List<Node> buttons() {
        return List.of(apCv, card);
    }

    /** The progress and outcome line, under the toolbar. */
    public Node status() {
        return status;
    }
}
