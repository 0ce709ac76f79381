package fr.galien.app.ui.login;

import fr.galien.core.port.ProSanteConnectPort.Exercise;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The "Sous quel exercice travaillez-vous ?" dialog. */
public final class FxExerciseChooser implements ExerciseChooser {

    private final Supplier<Window> owner;

    public FxExerciseChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Exercise> choose(String professional, List<Exercise> exercises) {
        ButtonType choose = new ButtonType(LoginText.EXERCISE_CHOOSE.text(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(LoginText.CANCEL.text(), ButtonBar.ButtonData.CANCEL_CLOSE);
        ListView<Exercise> list = new ListView<>();
        list.setId("exerciseList");
        list.getItems().setAll(exercises);
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Exercise exercise, boolean empty) {
                super.updateItem(exercise, empty);
                setText(empty || exercise == null ? null : ExerciseChooser.describe(exercise));
            }
        });
        list.getSelectionModel().selectFirst();
        Dialog<Exercise> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(LoginText.EXERCISE_TITLE.text());
        dialog.setHeaderText(professional);
        dialog.getDialogPane().setId("exerciseDialog");
        dialog.getDialogPane().setContent(new VBox(8, new Label(LoginText.EXERCISE_QUESTION.text()), list));
        dialog.getDialogPane().getButtonTypes().setAll(choose, cancel);
        dialog.setResultConverter(button -> button == choose ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
