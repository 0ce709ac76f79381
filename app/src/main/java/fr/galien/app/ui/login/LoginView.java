package fr.galien.app.ui.login;

import fr.galien.app.ui.session.DemoAccount;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The login screen: "Se connecter avec Pro Santé Connect" (national id + button, CIBA; the browser as a link) and
 * "Compte local" (login + password). A vet practice sees only the local account (decisions.md: no PSC for vets).
 */
public final class LoginView {

    private final StackPane root = new StackPane();
    private final LoginViewModel viewModel;
    private final TextField nationalId = new TextField();
    private final TextField login = new TextField();

    /**
     * @param practiceName  shown in the intro
     * @param keptWorkUsers names of users whose work is kept aside (after "Changer d'utilisateur")
     */
    public LoginView(LoginViewModel viewModel, String practiceName, List<String> keptWorkUsers) {
        this.viewModel = viewModel;
        root.setId("loginView");
        root.getStyleClass().add("first-run");

        Label heading = new Label(LoginText.HEADING.text());
        heading.getStyleClass().add("first-run-heading");
        Label intro = new Label(LoginText.INTRO.text(practiceName));
        intro.setWrapText(true);

        VBox card = new VBox(12, heading, intro);
        card.getStyleClass().add("first-run-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMaxWidth(560);
        if (viewModel.pscAvailable()) {
            card.getChildren().addAll(pscSection(), new Separator());
        }
        card.getChildren().add(localSection());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        Label progressText = new Label();
        progressText.setId("loginProgress");
        progressText.setWrapText(true);
        progressText.textProperty().bind(viewModel.progressTextProperty());
        Button cancel = new Button(LoginText.CANCEL.text());
        cancel.setId("cancelLoginButton");
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.pscWaitingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox progressRow = new HBox(10, progress, progressText, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(viewModel.workingProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());

        Label message = new Label();
        message.setId("loginMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        card.getChildren().addAll(progressRow, message);

        if (!keptWorkUsers.isEmpty()) {
            Label kept = new Label(LoginText.KEPT_WORK.text(String.join(", ", keptWorkUsers)));
            kept.setId("keptWorkHint");
            kept.getStyleClass().add("hint");
            kept.setWrapText(true);
            card.getChildren().add(kept);
        }
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
    }

    private Node pscSection() {
        Label title = new Label(LoginText.PSC_SECTION.text());
        title.getStyleClass().add("login-section");
        Label intro = new Label(LoginText.PSC_INTRO.text());
        intro.getStyleClass().add("hint");
        Label idLabel = new Label(LoginText.NATIONAL_ID.text());
        nationalId.setId("nationalIdField");
        nationalId.setPromptText(LoginText.NATIONAL_ID_PROMPT.text());
        nationalId.textProperty().bindBidirectional(viewModel.nationalIdProperty());
        nationalId.disableProperty().bind(viewModel.workingProperty());
        idLabel.setLabelFor(nationalId);
        nationalId.setOnAction(event -> viewModel.signInWithPsc());
        Button signIn = new Button(LoginText.PSC_SIGN_IN.text());
        signIn.setId("pscSignInButton");
        signIn.getStyleClass().add("primary-button");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(viewModel.workingProperty());
        signIn.setOnAction(event -> viewModel.signInWithPsc());
        Hyperlink browser = new Hyperlink(LoginText.PSC_BROWSER.text());
        browser.setId("pscBrowserLink");
        browser.disableProperty().bind(viewModel.workingProperty());
        browser.setOnAction(event -> viewModel.signInWithBrowser());
        VBox section = new VBox(6, title, intro, idLabel, nationalId, new HBox(12, signIn, browser));
        section.setId("pscSection");
        if (!viewModel.demoAccounts().isEmpty()) {
            section.getChildren().add(demoHint(viewModel.demoAccounts()));
        }
        return section;
    }

    private Node demoHint(List<DemoAccount> accounts) {
        Label hint = new Label(LoginText.DEMO_HINT.text());
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(2, hint);
        box.setId("demoAccounts");
        for (DemoAccount account : accounts) {
            Hyperlink use = new Hyperlink(account.nationalId() + " — " + account.label());
            use.setId("demoAccount" + account.nationalId());
            // Whole, on two lines if need be: the profession is what tells the demo accounts apart.
            use.setWrapText(true);
            use.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            use.setOnAction(event -> viewModel.useDemoAccount(account));
            box.getChildren().add(use);
        }
        return box;
    }

    private Node localSection() {
        Label title = new Label(LoginText.LOCAL_SECTION.text());
        title.getStyleClass().add("login-section");
        Label intro = new Label(LoginText.LOCAL_INTRO.text());
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        Label loginLabel = new Label(LoginText.LOGIN.text());
        login.setId("loginField");
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        loginLabel.setLabelFor(login);
        Label passwordLabel = new Label(LoginText.PASSWORD.text());
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordLabel.setLabelFor(password);
        password.setOnAction(event -> viewModel.signInLocal());
        Button signIn = new Button(LoginText.LOCAL_SIGN_IN.text());
        signIn.setId("localSignInButton");
        if (!viewModel.pscAvailable()) {
            signIn.getStyleClass().add("primary-button");
        }
        signIn.disableProperty().bind(viewModel.workingProperty());
        signIn.setOnAction(event -> viewModel.signInLocal());
        VBox section = new VBox(6, title, intro, loginLabel, login, passwordLabel, password, signIn);
        section.setId("localSection");
        return section;
    }

    public Node node() {
        return root;
    }

    public void focus() {
        Platform.runLater(() -> (viewModel.pscAvailable() ? nationalId : login).requestFocus());
    }
}
