package fr.galien.app.ui.login;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The lock screen. It REPLACES the main window in the scene graph (the window is kept in memory, not in the scene),
 * so nothing of the patient files can be seen, snapshotted or read by accessibility tools while locked.
 */
public final class LockView {

    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();
    private final Button unlock;

    public LockView(LockViewModel viewModel) {
        root.setId("lockView");
        root.getStyleClass().addAll("first-run", "lock-screen");

        Label title = new Label(viewModel.title());
        title.setId("lockTitle");
        title.getStyleClass().add("first-run-heading");
        Label intro = new Label(viewModel.intro());
        intro.setWrapText(true);
        VBox card = new VBox(12, title, intro);

        unlock = new Button(viewModel.unlockLabel());
        unlock.setId("unlockButton");
        unlock.getStyleClass().add("primary-button");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(viewModel.workingProperty());
        unlock.setOnAction(event -> viewModel.unlock());
        if (!viewModel.unlocksWithPsc()) {
            Label passwordLabel = new Label(LoginText.PASSWORD.text());
            password.setId("unlockPasswordField");
            password.textProperty().bindBidirectional(viewModel.passwordProperty());
            password.disableProperty().bind(viewModel.workingProperty());
            password.setOnAction(event -> viewModel.unlock());
            passwordLabel.setLabelFor(password);
            card.getChildren().addAll(passwordLabel, password);
        }
        Button switchUser = new Button(LoginText.SWITCH_USER.text());
        switchUser.setId("lockSwitchUserButton");
        switchUser.setOnAction(event -> viewModel.switchUser());
        card.getChildren().add(new HBox(12, unlock, switchUser));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        Label progressText = new Label();
        progressText.setId("unlockProgress");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        HBox progressRow = new HBox(10, progress, progressText);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(viewModel.workingProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        Label message = new Label();
        message.setId("unlockMessage");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(viewModel.messageProperty());
        card.getChildren().addAll(progressRow, message);

        card.getStyleClass().add("first-run-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMaxWidth(560);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        this.viewModelUsesPsc = viewModel.unlocksWithPsc();
    }

    private final boolean viewModelUsesPsc;

    public Node node() {
        return root;
    }

    public void focus() {
        Platform.runLater(() -> (viewModelUsesPsc ? unlock : password).requestFocus());
    }
}
