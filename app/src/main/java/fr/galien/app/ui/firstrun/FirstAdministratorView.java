package fr.galien.app.ui.firstrun;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.FormField;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Compte administrateur" card of first run: bindings only, the checks are in the ViewModel and the core. */
public final class FirstAdministratorView {

    private final VBox card;
    private final TextField login = new TextField();

    public FirstAdministratorView(FirstAdministratorViewModel viewModel) {
        Label heading = new Label(UiText.FIRST_ADMIN_HEADING.text());
        heading.getStyleClass().add("first-run-heading");
        Label intro = new Label(viewModel.intro());
        intro.setWrapText(true);

        login.setId("adminLoginField");
        login.setPromptText(UiText.FIRST_ADMIN_LOGIN_PROMPT.text());
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        Node loginField = FormField.of(UiText.FIRST_ADMIN_LOGIN.text(), login, null, viewModel.loginErrorProperty());

        TextField displayName = new TextField();
        displayName.setId("adminDisplayNameField");
        displayName.setPromptText(UiText.FIRST_ADMIN_DISPLAY_NAME_PROMPT.text());
        displayName.textProperty().bindBidirectional(viewModel.displayNameProperty());
        Node displayNameField = FormField.of(UiText.FIRST_ADMIN_DISPLAY_NAME.text(), displayName, null,
                viewModel.displayNameErrorProperty());

        PasswordField password = new PasswordField();
        password.setId("adminPasswordField");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Node passwordField = FormField.of(UiText.FIRST_ADMIN_PASSWORD.text(), password,
                UiText.FIRST_ADMIN_PASSWORD_HINT.text(), viewModel.passwordErrorProperty());

        PasswordField confirmation = new PasswordField();
        confirmation.setId("adminConfirmationField");
        confirmation.textProperty().bindBidirectional(viewModel.confirmationProperty());
        confirmation.setOnAction(event -> viewModel.create());
        Node confirmationField = FormField.of(UiText.FIRST_ADMIN_CONFIRMATION.text(), confirmation, null,
                viewModel.confirmationErrorProperty());

        Label role = new Label();
        role.setId("adminRoleLabel");
        role.textProperty().bind(viewModel.roleText());
        CheckBox itProvider = new CheckBox(UiText.FIRST_ADMIN_PROVIDER.text());
        itProvider.setId("itProviderCheck");
        itProvider.selectedProperty().bindBidirectional(viewModel.itProviderProperty());
        Label itProviderHint = new Label(UiText.FIRST_ADMIN_PROVIDER_HINT.text());
        itProviderHint.getStyleClass().add("hint");
        itProviderHint.setWrapText(true);

        Button create = new Button(UiText.FIRST_ADMIN_CREATE.text());
        create.setId("createAdministratorButton");
        create.getStyleClass().add("primary-button");
        create.setOnAction(event -> viewModel.create());
        create.disableProperty().bind(viewModel.workingProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.workingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox createRow = new HBox(10, spacer, progress, create);
        createRow.setAlignment(Pos.CENTER_RIGHT);

        card = new VBox(heading, intro, loginField, displayNameField, passwordField, confirmationField, role,
                itProvider, itProviderHint, createRow);
        card.setId("firstAdministratorView");
        card.getStyleClass().add("first-run-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
    }

    public Node node() {
        return card;
    }

    public void focus() {
        Platform.runLater(login::requestFocus);
    }
}
