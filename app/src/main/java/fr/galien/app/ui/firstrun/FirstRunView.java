package fr.galien.app.ui.firstrun;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.common.FormField;
import fr.galien.core.domain.PracticeProfile;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The first-run screen, shown while the data directory has no practice. */
public final class FirstRunView {

    private final StackPane root = new StackPane();
    private final TextField name = new TextField();

    public FirstRunView(FirstRunViewModel viewModel) {
        root.setId("firstRunView");
        root.getStyleClass().add("first-run");
        root.setPadding(new Insets(30));

        Label heading = new Label(UiText.FIRST_RUN_HEADING.text());
        heading.getStyleClass().add("first-run-heading");
        Label intro = new Label(UiText.FIRST_RUN_INTRO.text());
        intro.setWrapText(true);

        ToggleGroup profiles = new ToggleGroup();
        HBox profileChoices = new HBox(10);
        profileChoices.setId("profileChoice");
        for (PracticeProfile profile : PracticeProfile.values()) {
            ToggleButton choice = new ToggleButton(profile.label());
            choice.setId(idOf(profile));
            choice.getStyleClass().add("profile-choice");
            choice.setUserData(profile);
            choice.setToggleGroup(profiles);
            choice.setWrapText(true);
            profileChoices.getChildren().add(choice);
        }
        selectProfile(profiles, viewModel.profileProperty().get());
        profiles.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                profiles.selectToggle(before); // a profile is always chosen
            } else {
                viewModel.profileProperty().set((PracticeProfile) now.getUserData());
            }
        });
        Node profileField = FormField.of(UiText.FIRST_RUN_PROFILE.text(), profileChoices, null, null);

        name.setId("practiceNameField");
        // The example follows the chosen profile: a vet clinic's example is a vet clinic.
        name.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> namePrompt(viewModel.profileProperty().get()), viewModel.profileProperty()));
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setOnAction(event -> viewModel.create());
        Node nameField = FormField.of(UiText.FIRST_RUN_NAME.text(), name, null, viewModel.nameErrorProperty());

        Button create = new Button();
        create.setId("createPracticeButton");
        create.getStyleClass().add("primary-button");
        create.textProperty().bind(viewModel.createLabel());
        create.setOnAction(event -> viewModel.create());
        create.disableProperty().bind(viewModel.workingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox createRow = new HBox(spacer, create);

        Label or = new Label(UiText.FIRST_RUN_OR.text());
        or.getStyleClass().add("hint");
        Separator left = new Separator();
        Separator right = new Separator();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox orRow = new HBox(10, left, or, right);
        orRow.setAlignment(Pos.CENTER);

        ChoiceBox<PracticeProfile> demoKind = new ChoiceBox<>();
        demoKind.setId("demoKindChoice");
        demoKind.getItems().setAll(PracticeProfile.values());
        demoKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(PracticeProfile profile) {
                return profile == null ? "" : FirstRunViewModel.demoChoiceLabel(profile);
            }

            @Override
            public PracticeProfile fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        demoKind.valueProperty().bindBidirectional(viewModel.demoProfileProperty());
        demoKind.disableProperty().bind(viewModel.workingProperty());
        Label demoKindLabel = new Label(UiText.FIRST_RUN_DEMO_KIND.text());
        demoKindLabel.setLabelFor(demoKind);
        HBox demoKindRow = new HBox(8, demoKindLabel, demoKind);
        demoKindRow.setAlignment(Pos.CENTER_LEFT);

        Button demo = new Button();
        demo.textProperty().bind(viewModel.demoLabel());
        demo.setId("demoButton");
        demo.getStyleClass().add("demo-button");
        demo.setWrapText(true);
        demo.setOnAction(event -> viewModel.createDemo());
        demo.disableProperty().bind(viewModel.workingProperty());
        Label demoDetail = new Label();
        demoDetail.textProperty().bind(viewModel.demoDetail());
        demoDetail.getStyleClass().add("hint");
        demoDetail.setWrapText(true);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        Label progressText = new Label();
        progressText.setId("firstRunProgress");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        HBox progressRow = new HBox(10, progress, progressText);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(viewModel.workingProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());

        VBox card = new VBox(heading, intro, profileField, nameField, createRow, orRow, demoKindRow, demo, demoDetail,
                progressRow);
        card.getStyleClass().add("first-run-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        viewModel.administratorStepProperty().addListener((obs, before, step) -> {
            if (step != null) {
                showAdministratorStep(step);
            }
        });
    }

    private void showAdministratorStep(FirstAdministratorViewModel step) {
        FirstAdministratorView view = new FirstAdministratorView(step);
        root.getChildren().setAll(view.node());
        StackPane.setAlignment(view.node(), Pos.CENTER);
        view.focus();
    }

    static String namePrompt(PracticeProfile profile) {
        if (profile == null) {
            return UiText.FIRST_RUN_NAME_PROMPT.text();
        }
        return switch (profile) {
            case OFFICINE -> UiText.FIRST_RUN_NAME_PROMPT.text();
            case CABINET_MEDICAL -> UiText.FIRST_RUN_NAME_PROMPT_CABINET_MEDICAL.text();
            case CABINET_VETERINAIRE -> UiText.FIRST_RUN_NAME_PROMPT_VETERINAIRE.text();
        };
    }

    static String idOf(PracticeProfile profile) {
        return switch (profile) {
            case OFFICINE -> "profileOfficine";
            case CABINET_MEDICAL -> "profileCabinetMedical";
            case CABINET_VETERINAIRE -> "profileCabinetVeterinaire";
        };
    }

    private static void selectProfile(ToggleGroup group, PracticeProfile profile) {
        group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == profile)
                .findFirst()
                .ifPresent(group::selectToggle);
    }

    public Node node() {
        return root;
    }

    public void focus() {
        Platform.runLater(name::requestFocus);
    }
}
