package fr.galien.app.ui.common;

import fr.galien.core.domain.Patient;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX {@link DialogService}: modal alerts owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to, looked up when a dialog opens (may answer null before showing) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(Throwable error) {
        // The one place an error is finally handled: log the code once, never field values. An expected refusal
        // (a coded French message: wrong password, conflict…) is no fault: INFO, no stack trace; anything else
        // keeps its stack trace for the support.
        if (error instanceof fr.galien.core.error.SegurException) {
            LOG.info("Refusal shown to the user: {}", ErrorText.codeOf(error));
        } else {
            LOG.warn("Error shown to the user: {}", ErrorText.codeOf(error), error);
        }
        Alert alert = alert(Alert.AlertType.ERROR, UiText.DIALOG_ERROR_TITLE.text());
        alert.setHeaderText(null);
        alert.setContentText(ErrorText.of(error));
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    @Override
    public void showInformation(String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, UiText.DIALOG_INFO_TITLE.text());
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.getDialogPane().setId("informationDialog");
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(UiText.DIALOG_CANCEL.text(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title);
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.getButtonTypes().setAll(confirm, cancel);
        alert.getDialogPane().setId("confirmDialog");
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public UnsavedChoice askToSave(String what) {
        ButtonType save = new ButtonType(UiText.UNSAVED_SAVE.text(), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(UiText.UNSAVED_DISCARD.text(), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(UiText.DIALOG_CANCEL.text(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, UiText.UNSAVED_TITLE.text());
        alert.setHeaderText(null);
        alert.setContentText(UiText.UNSAVED_QUESTION.text(what));
        alert.getButtonTypes().setAll(save, discard, cancel);
        alert.getDialogPane().setId("unsavedDialog");
        // Entrée saves (the default button), Échap cancels; Tab/arrows reach « Ne pas enregistrer ».
        javafx.scene.control.Button saveButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(save);
        saveButton.setId("unsavedSaveButton");
        saveButton.setDefaultButton(true);
        javafx.scene.control.Button discardButton =
                (javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard);
        discardButton.setId("unsavedDiscardButton");
        discardButton.setDefaultButton(false);
        javafx.scene.control.Button cancelButton =
                (javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setId("unsavedCancelButton");
        cancelButton.setCancelButton(true);
        alert.setOnShown(event -> saveButton.requestFocus());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public LookalikeDecision chooseOnLookalikes(Patient candidate, List<Patient> lookalikes) {
        ButtonType open = new ButtonType(UiText.LOOKALIKE_OPEN.text(), ButtonBar.ButtonData.LEFT);
        ButtonType create = new ButtonType(UiText.LOOKALIKE_CREATE.text(), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(UiText.LOOKALIKE_CANCEL.text(), ButtonBar.ButtonData.CANCEL_CLOSE);

        ListView<Patient> list = new ListView<>();
        list.setId("lookalikeList");
        list.getItems().setAll(lookalikes);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Patient patient, boolean empty) {
                super.updateItem(patient, empty);
                setText(empty || patient == null ? null : PatientRow.summary(patient));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(6, Math.max(2, lookalikes.size())) * 28.0 + 4);

        Label explanation = new Label(UiText.LOOKALIKE_TEXT.text());
        explanation.setWrapText(true);
        VBox content = new VBox(10, explanation, list);
        content.setPrefWidth(560);

        Dialog<LookalikeDecision> dialog = new Dialog<>();
        dialog.initModality(Modality.APPLICATION_MODAL);
        Optional.ofNullable(owner.get()).ifPresent(dialog::initOwner);
        dialog.setTitle(UiText.LOOKALIKE_TITLE.text());
        dialog.setHeaderText(UiText.LOOKALIKE_HEADER.text());
        dialog.getDialogPane().setId("lookalikeDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(open, create, cancel);
        dialog.getDialogPane().lookupButton(open).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> {
            if (button == open) {
                return LookalikeDecision.openExisting(list.getSelectionModel().getSelectedItem());
            }
            if (button == create) {
                return LookalikeDecision.createAnyway();
            }
            return LookalikeDecision.cancel();
        });
        return dialog.showAndWait().orElse(LookalikeDecision.cancel());
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        alert.initModality(Modality.APPLICATION_MODAL);
        Optional.ofNullable(owner.get()).ifPresent(alert::initOwner);
        alert.setTitle(title);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }
}
