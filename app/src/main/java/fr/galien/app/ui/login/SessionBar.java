package fr.galien.app.ui.login;

import fr.galien.app.ui.session.PscState;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The session nodes of the main window: the status bar part (user, profession — structure, RPPS, PSC state,
 * "Verrouiller", "Changer d'utilisateur", "Se déconnecter") and the non-blocking re-authentication banner shown
 * above the work when the PSC session needs it.
 */
public final class SessionBar {

    private final VBox status;
    private final HBox banner;

    public SessionBar(SessionBarViewModel viewModel, Runnable lock, Runnable switchUser, Runnable logout) {
        Label user = label("statusUser");
        user.textProperty().bind(Bindings.createStringBinding(viewModel::userText, viewModel.sessionProperty()));
        Label profession = label("statusProfession");
        profession.textProperty().bind(Bindings.createStringBinding(viewModel::professionText,
                viewModel.sessionProperty()));
        Label nationalId = label("statusNationalId");
        nationalId.textProperty().bind(Bindings.createStringBinding(viewModel::nationalIdText,
                viewModel.sessionProperty()));
        hideWhenEmpty(nationalId);
        Label pscState = label("statusPscState");
        pscState.textProperty().bind(Bindings.createStringBinding(
                () -> SessionBarViewModel.pscStateText(viewModel.pscStateProperty().get()),
                viewModel.pscStateProperty()));
        viewModel.pscStateProperty().addListener((obs, before, now) -> styleState(pscState, now));
        styleState(pscState, viewModel.pscStateProperty().get());
        hideWhenEmpty(pscState);

        Button lockButton = small("lockButton", LoginText.LOCK.text(), lock);
        lockButton.setTooltip(new Tooltip(LoginText.LOCK_TOOLTIP.text()));
        Button switchButton = small("switchUserButton", LoginText.SWITCH_USER.text(), switchUser);
        Button logoutButton = small("logoutButton", LoginText.LOGOUT.text(), logout);
        // At the foot of the navigation: a long name or profession wraps within the sidebar's width instead of
        // pushing the window wider or ending in an ellipsis; the buttons take the sidebar's width.
        for (Label wrapped : List.of(user, profession, nationalId, pscState)) {
            wrapped.setWrapText(true);
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            wrapped.setMaxWidth(Double.MAX_VALUE);
        }
        for (Button button : List.of(lockButton, switchButton, logoutButton)) {
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status = new VBox(4, user, profession, nationalId, pscState, lockButton, switchButton, logoutButton);
        status.setId("sessionStatus");
        status.getStyleClass().add("nav-session");
        status.setFillWidth(true);

        Label bannerText = new Label(LoginText.REAUTH_BANNER.text());
        bannerText.setId("reauthBannerText");
        Label bannerProgress = new Label();
        bannerProgress.setId("reauthProgress");
        bannerProgress.textProperty().bind(viewModel.bannerProgressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reconnect = new Button(LoginText.REAUTH_BUTTON.text());
        reconnect.setId("reauthButton");
        reconnect.disableProperty().bind(viewModel.reauthenticatingProperty());
        reconnect.setOnAction(event -> viewModel.reauthenticate());
        banner = new HBox(10, bannerText, bannerProgress, spacer, reconnect);
        banner.setId("reauthBanner");
        banner.getStyleClass().add("reauth-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(Bindings.createBooleanBinding(viewModel::bannerVisible,
                viewModel.pscStateProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
    }

    private static void styleState(Label label, PscState state) {
        label.getStyleClass().removeAll("psc-active", "psc-reauth");
        if (state == PscState.ACTIVE) {
            label.getStyleClass().add("psc-active");
        } else if (state == PscState.REAUTHENTICATION_REQUIRED) {
            label.getStyleClass().add("psc-reauth");
        }
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-text");
        return label;
    }

    private static Button small(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("status-button");
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    public Node status() {
        return status;
    }

    public Node banner() {
        return banner;
    }
}
